package org.marsad.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.marsad.model.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DocumentKindTest {
  @Test
  void aSpecificMediaTypeChoosesTheReader() throws IOException {
    assertThat(of("text/html; charset=utf-8", "{\"title\": 1}")).isEqualTo(DocumentKind.HTML);
    assertThat(of("application/x-ndjson", "<p>")).isEqualTo(DocumentKind.RECORDS);
    assertThat(of("application/rss+xml", "<rss>")).isEqualTo(DocumentKind.FEED);
    assertThat(of("text/plain", "<html>")).isEqualTo(DocumentKind.PAGE);
  }

  @Test
  void aGenericOrMissingMediaTypeFallsBackToTheFirstBytes() throws IOException {
    assertThat(of(null, "\uFEFF  [{\"title\": \"خبر\"}]")).isEqualTo(DocumentKind.RECORDS);
    assertThat(of("application/x-www-form-urlencoded", "<?xml version=\"1.0\"?><rss version=\"2.0\">")).isEqualTo(DocumentKind.FEED);
    assertThat(of("application/octet-stream", "<urlset xmlns=\"http://www.sitemaps.org/\">")).isEqualTo(DocumentKind.SITEMAP);
    assertThat(of("application/xml", "<!doctype html><html>")).isEqualTo(DocumentKind.HTML);
    assertThat(of(null, "عنوان الخبر\nنص الخبر")).isEqualTo(DocumentKind.PAGE);
    assertThat(of(null, new byte[] {0x1F, (byte) 0x8B, 8, 0})).isEqualTo(DocumentKind.RECORDS);
    assertThat(of(null, new byte[] {1, 2, 0, 3})).isEqualTo(DocumentKind.BINARY);
  }

  @Test
  void aNameTellsTheKindBeforeTheBytesDo() throws IOException {
    byte[] html = "<!doctype html><p>نص</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(DocumentKind.of(Document.ofBytes("pages/a.txt", html))).isEqualTo(DocumentKind.PAGE);
    assertThat(DocumentKind.of(Document.ofBytes("pages/a.html", "نص".getBytes(StandardCharsets.UTF_8)))).isEqualTo(DocumentKind.HTML);
    assertThat(DocumentKind.of(Document.ofBytes("pages/a", html))).isEqualTo(DocumentKind.HTML);
    // a declared media type that names a reader wins over the name
    assertThat(DocumentKind.of(Document.ofBytes("pages/a.txt", html).withMediaType("text/html; charset=utf-8"))).isEqualTo(DocumentKind.HTML);
  }

  private static DocumentKind of(@Nullable String type, String body) throws IOException {
    return of(type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static DocumentKind of(@Nullable String type, byte[] bytes) throws IOException {
    return DocumentKind.of(Document.ofBytes("request body", bytes).withMediaType(type));
  }
}
