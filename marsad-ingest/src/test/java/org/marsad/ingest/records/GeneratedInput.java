package org.marsad.ingest.records;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * An input stream that writes its content as it is read, piece by piece, so tests can feed the
 * reader hundreds of megabytes without holding them.
 */
final class GeneratedInput extends InputStream {
  private final long pieces;
  private final LongFunction<byte[]> piece;
  private long next;
  private byte[] current = new byte[0];
  private int pos;

  /** Pieces 0 to {@code pieces - 1}, each made by {@code piece} when needed. */
  GeneratedInput(long pieces, LongFunction<byte[]> piece) {
    this.pieces = pieces;
    this.piece = piece;
  }

  /** A JSON array of {@code count} invented records. */
  static GeneratedInput array(long count) {
    return new GeneratedInput(count + 2, i -> {
      if (i == 0) {
        return "[\n".getBytes(UTF_8);
      }
      if (i == count + 1) {
        return "]\n".getBytes(UTF_8);
      }
      String comma = i < count ? "," : "";
      return ("{\"title\": \"خبر رقم " + i + "\", \"url\": \"https://news.example/" + i
          + "\", \"date\": \"2020-01-01 10:00:00\", \"content\": \"فقرة أولى.\\n\\nفقرة ثانية.\"}" + comma + "\n")
          .getBytes(UTF_8);
    });
  }

  private boolean fill() {
    while (pos == current.length) {
      if (next == pieces) {
        return false;
      }
      current = piece.apply(next++);
      pos = 0;
    }
    return true;
  }

  @Override
  public int read() {
    return fill() ? current[pos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }
}
