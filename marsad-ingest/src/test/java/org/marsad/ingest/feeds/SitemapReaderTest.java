package org.marsad.ingest.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;

class SitemapReaderTest {
  private static final URI URL = URI.create("https://news.example.org/sitemap.xml");
  private final SitemapReader reader = new SitemapReader();
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void sitemapIndexListsChildSitemapsResolved() {
    Sitemap sitemap = reader.read(Fixtures.bytes("sitemap-index.xml"), "application/xml", URL, diagnostics);

    assertThat(sitemap.urls()).isEmpty();
    assertThat(sitemap.sitemaps()).containsExactly(
        URI.create("https://news.example.org/sitemaps/news.xml"),
        URI.create("https://news.example.org/sitemaps/archive-2024-10.xml.gz"),
        URI.create("https://news.example.org/sitemaps/relative.xml"));
  }

  @Test
  void googleNewsTagsAreRead() {
    Sitemap sitemap = reader.read(Fixtures.bytes("news-sitemap.xml"), null, URL, diagnostics);

    assertThat(sitemap.urls()).hasSize(2);
    SitemapUrl fair = sitemap.urls().get(0);
    assertThat(fair.url()).isEqualTo("https://news.example.org/ar/news/2024/11/24/book-fair");
    assertThat(fair.newsTitle()).isEqualTo("افتتاح معرض الكتاب في الرياض");
    assertThat(fair.newsPublished().local()).isEqualTo(LocalDateTime.of(2024, 11, 24, 6, 53));
    assertThat(fair.newsPublished().offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(fair.lastModified().iso()).isEqualTo("2024-11-24T09:00:00+03:00");
    assertThat(fair.keywords()).containsExactly("ثقافة", "كتب", "الرياض");
    SitemapUrl oil = sitemap.urls().get(1);
    assertThat(oil.newsTitle()).isNull();
    assertThat(oil.lastModified().precision()).isEqualTo(Precision.DAY);
    assertThat(diagnostics.isEmpty()).isTrue();
  }

  @Test
  void gzippedSitemapIsDetectedByItsMagicBytes() throws IOException {
    byte[] gz = gzip(Fixtures.bytes("news-sitemap.xml"));
    Sitemap sitemap = reader.read(gz, "application/octet-stream", URI.create("https://news.example.org/sitemap"), diagnostics);

    assertThat(sitemap.urls()).hasSize(2);
  }

  @Test
  void cutGzipKeepsWhatInflated() throws IOException {
    byte[] gz = gzip(Fixtures.bytes("news-sitemap.xml"));
    Sitemap sitemap = reader.read(Arrays.copyOf(gz, gz.length - 12), null, URL, diagnostics);

    assertThat(sitemap.urls()).isNotEmpty();
    assertThat(diagnostics.list()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  @Test
  void textSitemapIsOneUrlALine() {
    String text = "https://news.example.org/a\r\n\r\nnot a url\nhttps://news.example.org/خبر\n";
    Sitemap sitemap = reader.read(text.getBytes(UTF_8), "text/plain", URL, diagnostics);

    assertThat(sitemap.urls()).extracting(SitemapUrl::url)
        .containsExactly("https://news.example.org/a", "https://news.example.org/خبر");
    assertThat(diagnostics.list()).hasSize(1);
  }

  @Test
  void cutSitemapKeepsTheUrlsBeforeTheCut() {
    String xml = Fixtures.text("news-sitemap.xml");
    String cut = xml.substring(0, xml.indexOf("oil-prices"));
    Sitemap sitemap = reader.read(cut.getBytes(UTF_8), null, URL, diagnostics);

    assertThat(sitemap.urls()).hasSize(1);
    assertThat(diagnostics.list()).anyMatch(d -> d.message().contains("breaks off"));
  }

  @Test
  void externalEntitiesAreNeverResolvedInSitemaps() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/&x;</loc></url></urlset>";
    Sitemap sitemap = reader.read(xml.getBytes(UTF_8), null, URL, diagnostics);

    assertThat(sitemap.urls()).allSatisfy(u -> assertThat(u.url()).doesNotContain("root"));
  }

  @Test
  void aFeedServedAsASitemapGivesItsItems() {
    Sitemap sitemap = reader.read(Fixtures.bytes("rss10-rdf.xml"), null, URL, diagnostics);

    assertThat(sitemap.urls()).extracting(SitemapUrl::url)
        .containsExactly("https://old.example.com/a/1", "https://old.example.com/a/2");
  }

  @Test
  void anHtmlPageIsNotASitemap() {
    Sitemap sitemap = reader.read(Fixtures.bytes("not-a-feed.html"), "text/html", URL, diagnostics);

    assertThat(sitemap).isEqualTo(Sitemap.EMPTY);
    assertThat(diagnostics.list()).anyMatch(d -> d.message().contains("not a sitemap"));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
