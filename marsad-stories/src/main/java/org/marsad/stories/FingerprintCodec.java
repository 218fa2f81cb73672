package org.marsad.stories;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.stories.dedup.Fingerprint;
import org.marsad.stories.text.TermVector;

/**
 * The bytes {@link StoryEngine} stores with each article: just enough to rebuild its memory of the
 * article after a restart without reading the article again. Versioned, so a later engine can
 * still read what an earlier one wrote.
 */
final class FingerprintCodec {
  private static final byte VERSION = 1;

  /** What a stored fingerprint gives back. */
  record Decoded(Instant time, Fingerprint fingerprint, TermVector terms, Set<String> places, Set<String> wires) {}

  private FingerprintCodec() {}

  static byte[] encode(Instant time, Fingerprint fingerprint, TermVector terms, Set<String> places, Set<String> wires) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(time.getEpochSecond());
      fingerprint.writeTo(out);
      terms.writeTo(out);
      writeStrings(out, places);
      writeStrings(out, wires);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** @throws IOException if the bytes are not a fingerprint this version can read */
  static Decoded decode(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IOException("unknown fingerprint version " + version + " (this engine reads " + VERSION + ")");
      }
      Instant time = Instant.ofEpochSecond(in.readLong());
      Fingerprint fingerprint = Fingerprint.readFrom(in);
      TermVector terms = TermVector.readFrom(in);
      Set<String> places = readStrings(in);
      Set<String> wires = readStrings(in);
      return new Decoded(time, fingerprint, terms, places, wires);
    }
  }

  private static void writeStrings(DataOutputStream out, Set<String> values) throws IOException {
    out.writeShort(values.size());
    for (String v : new TreeSet<>(values)) {
      out.writeUTF(v);
    }
  }

  private static Set<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    Set<String> values = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      values.add(in.readUTF());
    }
    return values;
  }
}
