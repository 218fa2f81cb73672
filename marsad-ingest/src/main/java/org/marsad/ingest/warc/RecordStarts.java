package org.marsad.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the next record may start after a broken one: in a gzipped WARC, the next gzip
 * member header ({@code 1F 8B 08}), since writers compress each record on its own; in a plain
 * WARC, the next {@code WARC/1.} at the start of a line. A false start inside a payload only
 * costs one more failed attempt further on. Streams the file; holds nothing.
 */
final class RecordStarts {
  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int GZIP_ID1 = 0x1F;
  private static final int GZIP_ID2 = 0x8B;
  private static final int DEFLATE = 8;

  private RecordStarts() {}

  /** The offset of the first record start at or after {@code from}, or -1 when there is none. */
  static long next(Path file, long from, boolean gzip) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(from);
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
      long offset = from;
      int b2 = -1;
      int b1 = -1;
      // a sliding window of the last MAGIC.length bytes, for the plain case
      byte[] window = new byte[MAGIC.length + 1];
      int filled = 0;
      for (int b = in.read(); b >= 0; b = in.read(), offset++) {
        if (gzip) {
          if (b2 == GZIP_ID1 && b1 == GZIP_ID2 && b == DEFLATE) {
            return offset - 2;
          }
          b2 = b1;
          b1 = b;
        } else {
          System.arraycopy(window, 1, window, 0, window.length - 1);
          window[window.length - 1] = (byte) b;
          filled++;
          // from is past a broken record's first byte, so a start is always after a line end
          if (filled > MAGIC.length && window[0] == '\n' && isWarcMagic(window, 1)) {
            return offset - MAGIC.length + 1;
          }
        }
      }
      return -1;
    }
  }

  static byte[] head(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(2);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // fill
    }
    return buffer.array();
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == GZIP_ID1 && (head[1] & 0xFF) == GZIP_ID2;
  }

  static boolean isWarcMagic(byte[] bytes, int at) {
    if (bytes.length - at < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[at + i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }
}
