package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Diagnostics;

/** Each head source on its own, and how {@link PageMetadata} ranks them. */
class MetaTagsTest {
  private static Document doc(String head, String body) {
    return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://x.example/a/b");
  }

  @Test
  void openGraphAndArticleProperties() {
    Map<String, List<String>> meta = MetaTags.collect(doc(
        "<meta property=og:title content='عنوان'><meta property=og:site_name content='الموقع'>"
            + "<meta property=og:url content='https://x.example/c'>"
            + "<meta property=article:published_time content='2024-01-01T10:00:00+02:00'>"
            + "<meta property=article:modified_time content='2024-01-01T11:00:00+02:00'>"
            + "<meta property=article:author content='منى'><meta property=article:section content='سياسة'>"
            + "<meta property=article:tag content='أ'><meta property=article:tag content='ب'>", ""));
    MetaFields f = MetaTags.openGraph(meta);

    assertThat(f.title).isEqualTo("عنوان");
    assertThat(f.siteName).isEqualTo("الموقع");
    assertThat(f.url).isEqualTo("https://x.example/c");
    assertThat(f.published).isEqualTo("2024-01-01T10:00:00+02:00");
    assertThat(f.modified).isEqualTo("2024-01-01T11:00:00+02:00");
    assertThat(f.authors).containsExactly("منى");
    assertThat(f.section).isEqualTo("سياسة");
    assertThat(f.tags).containsExactly("أ", "ب");
  }

  @Test
  void otherMetaNamesInTheirOrder() {
    for (String name : List.of("pubdate", "date", "DC.date", "parsely-pub-date", "sailthru.date")) {
      MetaFields f = MetaTags.other(MetaTags.collect(doc("<meta name='" + name + "' content='2024-02-03'>", "")));
      assertThat(f.published).as(name).isEqualTo("2024-02-03");
    }
    MetaFields f = MetaTags.other(MetaTags.collect(doc(
        "<meta name=author content='علي'><meta name=twitter:title content='تويتر'>"
            + "<meta name=keywords content='س، ص'>", "")));
    assertThat(f.authors).containsExactly("علي");
    assertThat(f.title).isEqualTo("تويتر");
    assertThat(f.tags).containsExactly("س، ص");
  }

  @Test
  void canonicalLinkIsMadeAbsolute() {
    assertThat(MetaTags.canonical(doc("<link rel=canonical href='/news/1'>", "")).url)
        .isEqualTo("https://x.example/news/1");
  }

  @Test
  void languageFromHtmlLangThenOgLocaleThenContentLanguage() {
    assertThat(MetaTags.language(Jsoup.parse("<html lang='ar-EG'><head></head></html>"), Map.of()).language)
        .isEqualTo("ar-EG");
    Document og = doc("<meta property=og:locale content='ar_AR'>", "");
    assertThat(MetaTags.language(og, MetaTags.collect(og)).language).isEqualTo("ar-AR");
    Document header = doc("<meta http-equiv=Content-Language content='ar'>", "");
    assertThat(MetaTags.language(header, MetaTags.collect(header)).language).isEqualTo("ar");
  }

  @Test
  void microdataAndRdfa() {
    MetaFields f = HtmlMicrodata.microdata(doc("",
        "<div itemscope><span itemprop=datePublished content='2024-04-04'>4 أبريل</span>"
            + "<span itemprop=author itemscope><span itemprop=name>هدى</span></span>"
            + "<h1 itemprop=headline>رأس</h1><span itemprop=articleSection>فن</span></div>"));

    assertThat(f.published).isEqualTo("2024-04-04");
    assertThat(f.authors).containsExactly("هدى");
    assertThat(f.title).isEqualTo("رأس");
    assertThat(f.section).isEqualTo("فن");
    assertThat(HtmlMicrodata.microdata(doc("", "<span property='dc:date' content='2019-02-08T00:00:00+01:00'>x</span>"))
        .published).isEqualTo("2019-02-08T00:00:00+01:00");
  }

  @Test
  void timeElementsInTheArticleWinOverTheFooter() {
    MetaFields f = HtmlMicrodata.time(doc("", "<article><time datetime='2024-01-15T07:45'>x</time>"
        + "<time class=updated datetime='2024-01-15T09:10'>y</time></article><footer><time datetime='2023'>z</time></footer>"));

    assertThat(f.published).isEqualTo("2024-01-15T07:45");
    assertThat(f.modified).isEqualTo("2024-01-15T09:10");
  }

  @Test
  void bestSourceWinsAndAnUnreadableDateDoesNotHideTheNext() {
    MetaFields jsonLd = new MetaFields("json-ld");
    jsonLd.published = "غدا";
    jsonLd.title = "من json-ld";
    MetaFields og = new MetaFields("opengraph");
    og.published = "2024-05-05";
    og.title = "من og";
    Diagnostics diagnostics = new Diagnostics();

    PageMetadata m = PageMetadata.resolve(List.of(jsonLd, og), new MetaDates(new ArabicDateParser()), "u", diagnostics);

    assertThat(m.title()).isEqualTo("من json-ld");
    assertThat(m.published().iso()).isEqualTo("2024-05-05");
    assertThat(m.origins()).containsEntry("published", "opengraph").containsEntry("title", "json-ld");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> assertThat(d.message()).contains("not understood"));
  }

  @Test
  void tagsAreSplitOnBothCommasAndDeduplicated() {
    assertThat(PageMetadata.tags(List.of("غزة، القدس, غزة", "القدس ؛ رام الله"), null))
        .containsExactly("غزة", "القدس", "رام الله");
  }

  @Test
  void aTagThatIsTheTitleIsDropped() {
    assertThat(PageMetadata.tags(List.of("العنوان الكامل هنا,"), "العنوان الكامل هنا")).isEmpty();
  }
}
