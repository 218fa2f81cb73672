package org.marsad.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Reads a response body as it streams in, undoing its Content-Encoding, and stops as soon as either
 * the bytes received or the bytes decoded pass the limit. Counting decoded bytes is what stops a
 * decompression bomb: a few kilobytes of gzip can inflate to gigabytes.
 *
 * <p>Content codings: {@code gzip} (and {@code x-gzip}), {@code deflate} (zlib-wrapped as RFC 9110
 * says, or raw as some servers send it), {@code br}, and {@code identity}; several codings are undone
 * in reverse order of application. Anything else fails with {@code NETWORK}: we never offered it.
 */
final class BodyReader {
  private static final int CHUNK = 16 * 1024;
  private static final int MAX_CODINGS = 4;

  private BodyReader() {}

  /**
   * @param wire the body as received
   * @param contentEncodings the values of the {@code Content-Encoding} headers
   * @param maxWireBytes the most bytes accepted off the wire
   * @param maxDecodedBytes the most decoded bytes accepted
   * @param truncate whether to stop quietly at {@code maxDecodedBytes} instead of failing (robots.txt)
   */
  static byte[] read(InputStream wire, List<String> contentEncodings, long maxWireBytes, long maxDecodedBytes,
      boolean truncate, URI url) throws IOException {
    InputStream in = decoders(new LimitedInputStream(wire, maxWireBytes, url), codings(contentEncodings, url));
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[CHUNK];
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (out.size() + (long) n > maxDecodedBytes) {
          if (truncate) {
            out.write(buffer, 0, (int) (maxDecodedBytes - out.size()));
            break;
          }
          throw new FetchException(FetchException.Reason.TOO_LARGE, url,
              "body decodes to more than " + maxDecodedBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** The codings to undo, in the order they were applied; identity dropped. */
  static List<String> codings(List<String> headerValues, URI url) throws FetchException {
    List<String> codings = new ArrayList<>();
    for (String value : headerValues) {
      for (String part : value.split(",")) {
        String coding = part.strip().toLowerCase(Locale.ROOT);
        switch (coding) {
          case "", "identity" -> { }
          case "gzip", "x-gzip", "deflate", "br" -> codings.add(coding);
          default -> throw new FetchException(FetchException.Reason.NETWORK, url,
              "unsupported Content-Encoding " + coding);
        }
      }
    }
    if (codings.size() > MAX_CODINGS) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "too many Content-Encodings " + codings);
    }
    return codings;
  }

  private static InputStream decoders(InputStream wire, List<String> codings) throws IOException {
    InputStream in = wire;
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = switch (codings.get(i)) {
        case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
        case "br" -> new BulkReads(new BrotliInputStream(in));
        default -> inflater(in);
      };
    }
    return in;
  }

  /** {@code deflate}: zlib-wrapped (RFC 1950) when the first two bytes are a zlib header, else raw. */
  private static InputStream inflater(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    int b0 = peek.read();
    int b1 = b0 == -1 ? -1 : peek.read();
    if (b1 != -1) {
      peek.unread(b1);
    }
    if (b0 != -1) {
      peek.unread(b0);
    }
    boolean zlib = b1 != -1 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(peek, inflater, CHUNK) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end(); // a supplied Inflater is not ended by InflaterInputStream
        }
      }
    };
  }

  /**
   * Turns single-byte reads into bulk reads of one byte. org.brotli:dec 0.1.2 loses data when the
   * two are mixed: {@code read()} fills an internal buffer, and a later {@code read(byte[], int, int)}
   * asking for more than that buffer holds at the end of the stream returns -1, dropping the bytes
   * it had copied. GZIPInputStream mixes them (header bytes one at a time), so {@code gzip, br}
   * broke. Seen with 0.1.2; {@code FetcherTest.stackedEncodingsAreUndoneInReverseOrder} covers it.
   */
  private static final class BulkReads extends FilterInputStream {
    BulkReads(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = in.read(one, 0, 1);
      } while (n == 0);
      return n == -1 ? -1 : one[0] & 0xff;
    }
  }

  /** Fails with {@code TOO_LARGE} as soon as more than the limit has been read. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final URI url;
    private long count;

    LimitedInputStream(InputStream in, long limit, URI url) {
      super(in);
      this.limit = limit;
      this.url = url;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws FetchException {
      count += n;
      if (count > limit) {
        throw new FetchException(FetchException.Reason.TOO_LARGE, url, "body is larger than " + limit + " bytes");
      }
    }
  }
}
