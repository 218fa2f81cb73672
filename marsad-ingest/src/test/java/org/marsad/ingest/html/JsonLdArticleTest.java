package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.marsad.model.Diagnostics;

class JsonLdArticleTest {
  private final JsonLdArticle jsonLd = new JsonLdArticle();
  private final Diagnostics diagnostics = new Diagnostics();

  private MetaFields read(String... scripts) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String s : scripts) {
      html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
    }
    return jsonLd.read(Jsoup.parse(html + "</head><body></body></html>"), "https://x.example/a", diagnostics);
  }

  @Test
  void newsArticleAtTheTopLevel() {
    MetaFields f = read("{\"@type\":\"NewsArticle\",\"headline\":\"عنوان\",\"datePublished\":\"2024-01-02\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"سعاد\"},\"articleSection\":[\"رياضة\",\"كرة\"],"
        + "\"keywords\":[\"أ\",\"ب\"],\"inLanguage\":\"ar\",\"url\":\"https://x.example/a\"}");

    assertThat(f.title).isEqualTo("عنوان");
    assertThat(f.published).isEqualTo("2024-01-02");
    assertThat(f.authors).containsExactly("سعاد");
    assertThat(f.section).isEqualTo("رياضة");
    assertThat(f.tags).containsExactly("أ", "ب");
    assertThat(f.language).isEqualTo("ar");
    assertThat(f.url).isEqualTo("https://x.example/a");
  }

  @Test
  void articleInsideGraphWithTypeArrayAndPrefixedType() {
    MetaFields f = read("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"الموقع\"},"
        + "{\"@type\":[\"schema:ReportageNewsArticle\"],\"headline\":\"في الغراف\"}]}");

    assertThat(f.title).isEqualTo("في الغراف");
    assertThat(f.siteName).isEqualTo("الموقع");
  }

  @Test
  void articleNestedAsMainEntityOfAWebPage() {
    MetaFields f = read("{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"AnalysisNewsArticle\","
        + "\"headline\":\"متداخل\",\"mainEntityOfPage\":{\"@id\":\"https://x.example/canon\"}}}");

    assertThat(f.title).isEqualTo("متداخل");
    assertThat(f.url).isEqualTo("https://x.example/canon");
  }

  @Test
  void topLevelArrayAndSeveralScripts() {
    MetaFields f = read("[{\"@type\":\"BreadcrumbList\"}]",
        "[{\"@type\":\"Organization\",\"name\":\"المنظمة\"},{\"@type\":\"BlogPosting\",\"headline\":\"تدوينة\"}]");

    assertThat(f.title).isEqualTo("تدوينة");
    assertThat(f.siteName).isEqualTo("المنظمة");
  }

  @Test
  void trailingCommasRawControlCharactersAndEntitiesAreTolerated() {
    MetaFields f = read("<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"سطر\tمع تاب\",\"articleBody\":\"فقرة أولى\n\nفقرة ثانية\",}\n-->");

    assertThat(f.title).isEqualTo("سطر\tمع تاب");
    assertThat(f.body).isEqualTo("فقرة أولى\n\nفقرة ثانية");
  }

  @Test
  void entityEscapedScriptIsUnescaped() {
    MetaFields f = read("{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;مرمز&quot;}");

    assertThat(f.title).isEqualTo("مرمز");
  }

  @Test
  void cutScriptKeepsWhatWasReadAndWarns() {
    MetaFields f = read("{\"@type\":\"NewsArticle\",\"headline\":\"مقطوع\",\"datePublished\":\"2024-05-");

    assertThat(f.title).isEqualTo("مقطوع");
    assertThat(diagnostics.list()).anySatisfy(d -> assertThat(d.message()).contains("JSON-LD script 1 read in part"));
  }

  @Test
  void nonArticleTypesAreIgnored() {
    MetaFields f = read("{\"@type\":\"Product\",\"name\":\"هاتف\"}");

    assertThat(f.title).isNull();
  }

  @Test
  void deeplyNestedJsonDoesNotThrow() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);

    assertThat(read(deep).title).isNull();
  }
}
