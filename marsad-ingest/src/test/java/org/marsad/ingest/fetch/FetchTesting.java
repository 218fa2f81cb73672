package org.marsad.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** Shared set-up for fetcher tests. */
final class FetchTesting {
  private FetchTesting() {}

  /** Loopback allowed, robots off, no politeness gap: each test turns on what it tests. */
  static FetchConfig config() {
    return FetchConfig.defaults()
        .withAllowPrivateAddresses(true)
        .withObeyRobots(false)
        .withMinDelayPerHost(Duration.ZERO)
        .withConnectTimeout(Duration.ofSeconds(5))
        .withRequestTimeout(Duration.ofSeconds(10))
        .withRetryBaseDelay(Duration.ofMillis(100));
  }

  /** A fetcher on a fake clock with no address guard. */
  static Fetcher fetcher(FetchConfig config, FakeClock clock) {
    return new Fetcher(config, clock, null);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * A valid brotli stream (RFC 7932) holding {@code data} in one uncompressed meta-block; there is
   * no brotli encoder for Java, and the format makes this one easy. Bits are packed from the least
   * significant bit of each byte:
   *
   * <pre>
   * byte 0  bit 0     WBITS: 0 means a 16-bit window
   *         bit 1     ISLAST = 0 (an uncompressed meta-block cannot be the last one)
   *         bits 2-3  MNIBBLES = 0, meaning 4 nibbles of length
   *         bits 4-7  MLEN-1, bits 0-3
   * byte 1            MLEN-1, bits 4-11
   * byte 2  bits 0-3  MLEN-1, bits 12-15
   *         bit 4     ISUNCOMPRESSED = 1; bits 5-7 pad to the byte boundary
   * then MLEN bytes of data, copied as they are
   * last    bit 0     ISLAST = 1, bit 1 ISLASTEMPTY = 1: the empty final meta-block (0x03)
   * </pre>
   *
   * For 28 bytes of data the header is {@code 80 01 10} and the stream ends in {@code 03}.
   */
  static byte[] uncompressedBrotli(byte[] data) {
    if (data.length < 1 || data.length > 65536) {
      throw new IllegalArgumentException("one meta-block of 4 nibbles holds 1..65536 bytes: " + data.length);
    }
    int m = data.length - 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((m & 0xf) << 4);
    out.write((m >> 4) & 0xff);
    out.write(((m >> 12) & 0xf) | 0x10);
    out.write(data, 0, data.length);
    out.write(0x03);
    return out.toByteArray();
  }
}
