package org.marsad.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InputKindTest {
  @Test
  void aSpecificMediaTypeChoosesTheReader() {
    assertThat(of("text/html; charset=utf-8", "{\"title\": 1}")).isEqualTo(InputKind.HTML);
    assertThat(of("application/x-ndjson", "<p>")).isEqualTo(InputKind.RECORDS);
    assertThat(of("application/rss+xml", "<rss>")).isEqualTo(InputKind.FEED);
    assertThat(of("text/plain", "<html>")).isEqualTo(InputKind.PAGE);
  }

  @Test
  void aGenericOrMissingMediaTypeFallsBackToTheFirstBytes() {
    assertThat(of(null, "\uFEFF  [{\"title\": \"خبر\"}]")).isEqualTo(InputKind.RECORDS);
    assertThat(of("application/x-www-form-urlencoded", "<?xml version=\"1.0\"?><rss version=\"2.0\">")).isEqualTo(InputKind.FEED);
    assertThat(of("application/octet-stream", "<urlset xmlns=\"http://www.sitemaps.org/\">")).isEqualTo(InputKind.SITEMAP);
    assertThat(of("application/xml", "<!doctype html><html>")).isEqualTo(InputKind.HTML);
    assertThat(of(null, "عنوان الخبر\nنص الخبر")).isEqualTo(InputKind.PAGE);
    assertThat(InputKind.of(null, new byte[] {0x1F, (byte) 0x8B, 8, 0}, 4)).isEqualTo(InputKind.RECORDS);
    assertThat(InputKind.of(null, new byte[] {1, 2, 0, 3}, 4)).isEqualTo(InputKind.BINARY);
  }

  private static InputKind of(@Nullable String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return InputKind.of(type, bytes, bytes.length);
  }
}
