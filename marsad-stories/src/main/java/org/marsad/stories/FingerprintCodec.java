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
import org.jspecify.annotations.Nullable;
import org.marsad.stories.related.RelatedInput;
import org.marsad.stories.dedup.Fingerprint;
import org.marsad.stories.text.TermVector;

/**
 * The bytes {@link StoryEngine} stores with each article: just enough to rebuild its memory of the
 * article after a restart, and to rank it as a related read, without reading the article again.
 * Versioned, so a later engine can still read what an earlier one wrote: version 1 had no related
 * form.
 */
final class FingerprintCodec {
  private static final byte VERSION = 2;

  /**
   * What a stored fingerprint gives back.
   *
   * @param related the article as related reads compare it: its weighed vector cut to its
   *     strongest terms ({@link StoryEngine#asStored}); null when written by version 1
   */
  record Decoded(Instant time, Fingerprint fingerprint, TermVector terms, Set<String> places, Set<String> wires,
      @Nullable RelatedInput related) {}

  private FingerprintCodec() {}

  /**
   * @param time the time the engine placed it at (an undated article's is the latest seen)
   * @param related the article as related reads compare it ({@link StoryEngine#asStored}; its
   *     own time, null when undated)
   */
  static byte[] encode(Instant time, Fingerprint fingerprint, TermVector terms, Set<String> places, Set<String> wires,
      RelatedInput related) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1536);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      // Version 2 puts what related reads need first, so they read no further (relatedOnly).
      out.writeByte(VERSION);
      out.writeLong(time.getEpochSecond());
      writeStrings(out, places);
      related.terms().writeTo(out);
      out.writeBoolean(related.time() != null);
      out.writeUTF(related.source() == null ? "" : cut(related.source()));
      fingerprint.writeTo(out);
      terms.writeTo(out);
      writeStrings(out, wires);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** @throws IOException if the bytes are not a fingerprint this version can read */
  static Decoded decode(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = version(in);
      Instant time = Instant.ofEpochSecond(in.readLong());
      if (version == 1) {
        Fingerprint fingerprint = Fingerprint.readFrom(in);
        TermVector terms = TermVector.readFrom(in);
        Set<String> places = readStrings(in);
        return new Decoded(time, fingerprint, terms, places, readStrings(in), null);
      }
      Set<String> places = readStrings(in);
      RelatedInput related = related(in, time, places);
      Fingerprint fingerprint = Fingerprint.readFrom(in);
      TermVector terms = TermVector.readFrom(in);
      return new Decoded(time, fingerprint, terms, places, readStrings(in), related);
    }
  }

  /**
   * Only the related form, reading no further than it: what a page view needs of each of its
   * candidates. Null for version 1, which holds none.
   *
   * @throws IOException if the bytes are not a fingerprint this version can read
   */
  static @Nullable RelatedInput relatedOnly(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = version(in);
      if (version == 1) {
        return null;
      }
      Instant time = Instant.ofEpochSecond(in.readLong());
      return related(in, time, readStrings(in));
    }
  }

  private static byte version(DataInputStream in) throws IOException {
    byte version = in.readByte();
    if (version != 1 && version != VERSION) {
      throw new IOException("unknown fingerprint version " + version + " (this engine reads 1 to " + VERSION + ")");
    }
    return version;
  }

  private static RelatedInput related(DataInputStream in, Instant time, Set<String> places) throws IOException {
    TermVector vector = TermVector.readFrom(in);
    Instant own = in.readBoolean() ? time : null;
    String source = in.readUTF();
    return new RelatedInput(vector, places, own, source.isEmpty() ? null : source);
  }

  /** Sources are outlet names; a longer one is cut so the UTF form's 64 KB limit never bites. */
  private static String cut(String source) {
    return source.length() <= 1000 ? source : source.substring(0, 1000);
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
