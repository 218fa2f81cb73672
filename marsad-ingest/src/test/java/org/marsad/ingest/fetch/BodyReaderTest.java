package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
  private static final URI URL = URI.create("http://example.org/feed");
  private static final byte[] TEXT = "نشرة الأخبار".getBytes(UTF_8);

  @Test
  void identityAndEmptyCodingsLeaveTheBytes() throws Exception {
    assertThat(read(TEXT, List.of("identity"), 100, false)).isEqualTo(TEXT);
    assertThat(read(TEXT, List.of(), 100, false)).isEqualTo(TEXT);
  }

  @Test
  void codingNamesAreCaseInsensitiveAndMayRepeatTheHeader() throws Exception {
    byte[] twice = FetchTesting.gzip(FetchTesting.uncompressedBrotli(TEXT));

    assertThat(read(twice, List.of("BR", "X-Gzip"), 100, false)).isEqualTo(TEXT);
  }

  @Test
  void aCodingWeNeverOfferedIsANetworkFailure() {
    assertThatThrownBy(() -> read(TEXT, List.of("zstd"), 100, false))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK);
          assertThat(e).hasMessageContaining("zstd");
        });
  }

  @Test
  void theWireLimitCountsBytesReceived() {
    assertThatThrownBy(() -> read(TEXT, List.of(), TEXT.length - 1, false))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
  }

  @Test
  void truncatingStopsQuietlyAtTheDecodedLimit() throws Exception {
    byte[] robots = "User-agent: *\nDisallow: /a\n".repeat(100).getBytes(UTF_8);

    byte[] read = BodyReader.read(new ByteArrayInputStream(robots), List.of(), 1_000_000, 50, true, URL);

    assertThat(read).hasSize(50).isEqualTo(java.util.Arrays.copyOf(robots, 50));
  }

  private static byte[] read(byte[] body, List<String> codings, long limit, boolean truncate) throws Exception {
    return BodyReader.read(new ByteArrayInputStream(body), codings, limit, limit, truncate, URL);
  }
}
