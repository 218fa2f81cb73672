package org.marsad.ingest.urls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleIds;

class UrlNormalizerTest {
  private static final URI BASE = URI.create("https://news.example/section/page.html?x=1");

  private static URI resolve(String reference) {
    return UrlNormalizer.resolve(BASE, UrlNormalizer.parse(reference).orElseThrow());
  }

  @Test
  void relativeReferencesResolveByRfc3986() {
    assertThat(resolve("other.html")).isEqualTo(URI.create("https://news.example/section/other.html"));
    assertThat(resolve("/top")).isEqualTo(URI.create("https://news.example/top"));
    assertThat(resolve("//cdn.example/a")).isEqualTo(URI.create("https://cdn.example/a"));
    assertThat(resolve("?page=2")).isEqualTo(URI.create("https://news.example/section/page.html?page=2"));
    assertThat(resolve("../../../up")).isEqualTo(URI.create("https://news.example/up"));
    assertThat(UrlNormalizer.resolve(URI.create("http://news.example"), URI.create("feed.xml")))
        .isEqualTo(URI.create("http://news.example/feed.xml"));
  }

  @Test
  void sloppyLinksParseAndRawArabicIsKept() {
    assertThat(UrlNormalizer.parse(" /a b|c ").orElseThrow().getRawPath()).isEqualTo("/a%20b%7Cc");
    assertThat(UrlNormalizer.parse("/100%").orElseThrow().getRawPath()).isEqualTo("/100%25");
    assertThat(UrlNormalizer.parse("https://news.example/خبر").orElseThrow().toString())
        .isEqualTo("https://news.example/خبر");
    assertThat(UrlNormalizer.parse("  ")).isEmpty();
    assertThat(UrlNormalizer.parse(null)).isEmpty();
  }

  @Test
  void resolveHttpKeepsOnlyHttpLinks() {
    assertThat(UrlNormalizer.resolveHttp(BASE, "a/b")).contains(URI.create("https://news.example/section/a/b"));
    assertThat(UrlNormalizer.resolveHttp(BASE, "mailto:desk@news.example")).isEmpty();
    assertThat(UrlNormalizer.resolveHttp(BASE, "javascript:void(0)")).isEmpty();
    assertThat(UrlNormalizer.resolveHttp(null, "a/b")).isEmpty();
  }

  @Test
  void hostIsLowerCased() {
    assertThat(UrlNormalizer.host("HTTPS://WWW.News.Example/a b")).contains("www.news.example");
    assertThat(UrlNormalizer.host("/no/host")).isEmpty();
  }

  @Test
  void normalizedFormsOfTheSameResourceAreEqual() {
    String a = UrlNormalizer.normalize("HTTP://News.Example:80/a/./b/../c#top").orElseThrow();
    String b = UrlNormalizer.normalize("http://news.example/a/c").orElseThrow();

    assertThat(a).isEqualTo(b);
    assertThat(UrlNormalizer.normalize("not a url")).isEmpty();
  }

  /** The normalizer must stay out of ids: it would move these, which ids already stored use. */
  @Test
  void articleIdsDoNotGoThroughTheNormalizer() {
    for (String url : List.of("https://news.example/خبر/1", "https://news.example/a%2fb?utm_source=x")) {
      String normalized = UrlNormalizer.normalize(url).orElseThrow();
      assertThat(ArticleIds.forUrl(url)).isNotEqualTo(ArticleIds.forUrl(normalized));
    }
  }
}
