package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over HTTP on a random port: Arabic text, RTL, security headers, and escaping. */
class WebRoutesTest {
  @TempDir Path dir;
  private WebFixture t;

  @BeforeEach
  void start() throws Exception {
    t = new WebFixture(dir);
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  private String page(String path, int status) throws Exception {
    HttpResponse<String> r = t.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'self'", "script-src 'none'");
    assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
    assertThat(r.body()).contains("<html dir=\"rtl\" lang=\"ar\">", "name=\"viewport\"", "href=\"/static/marsad.css\"");
    return r.body();
  }

  @Test
  void homeListsTheLatestArticlesWithTheirSources() throws Exception {
    String html = page("/", 200);
    assertThat(html).contains("آخر الأخبار", "قمة عربية في بغداد", "/source/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9");
    assertThat(html.indexOf("قمة عربية في بغداد")).isLessThan(html.indexOf("انخفاض أسعار الذهب"));
  }

  @Test
  void searchMarksMatchesOffersFacetsAndASubscription() throws Exception {
    String html = page("/search?q=" + Html.encode("النفط"), 200);
    assertThat(html).contains("نتائج البحث عن", "<mark>", "ارتفاع أسعار النفط", "المصادر", "الوسوم",
        "<link rel=\"alternate\" type=\"application/atom+xml\"", "href=\"/feed?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7\"");
    assertThat(html).contains("<bdi>OPEC</bdi>");
  }

  @Test
  void searchFiltersByTagAndSource() throws Exception {
    String html = page("/search?tag=" + Html.encode("سياسة"), 200);
    assertThat(html).contains("قمة عربية في بغداد").doesNotContain("انخفاض أسعار الذهب");
    assertThat(page("/search?page=abc&source=" + Html.encode("الجزيرة"), 200)).contains("انخفاض أسعار الذهب")
        .doesNotContain("قمة عربية في بغداد");
  }

  @Test
  void articleShowsDatesCreditsTagsRelatedReadsAndJsonLd() throws Exception {
    String html = page("/article/a1", 200);
    assertThat(html).contains("<h1>ارتفاع أسعار النفط في الأسواق العالمية</h1>", "يناير", "رجب", "هـ",
        "فريق التحرير", "فرانس<bdi>24</bdi> / رويترز", "اقرأ أيضاً", "href=\"/article/a2\"", "انخفاض أسعار الذهب",
        "مقال غير مخزن", "\"@type\":\"NewsArticle\"", "<p>وقال محللون إن الأسعار قد تواصل الصعود.</p>");
    assertThat(html).doesNotContain("href=\"/article/missing\"");
    assertThat(html.indexOf("اقرأ أيضاً")).isGreaterThan(html.indexOf("وقال محللون"));
  }

  @Test
  void sourcePageCountsArticlesPerMonth() throws Exception {
    String html = page("/source/" + Html.encode("الجزيرة"), 200);
    assertThat(html).contains("ما نشره", "المقالات في كل شهر", "فبراير <bdi>2024: 1</bdi>", "يناير <bdi>2024: 1</bdi>");
  }

  @Test
  void unknownArticleAndSourceAreArabic404Pages() throws Exception {
    assertThat(page("/article/nope", 404)).contains("الصفحة غير موجودة");
    assertThat(page("/source/nope", 404)).contains("الصفحة غير موجودة");
  }

  @Test
  void stylesheetIsServedFromTheJar() throws Exception {
    HttpResponse<String> r = t.get("/static/marsad.css");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/css");
    assertThat(r.body()).contains("Noto Naskh Arabic").doesNotContain("http");
  }

  @Test
  void homeShowsTheBiggestStoryOfItsLastDays() throws Exception {
    String home = page("/", 200);
    assertThat(home).contains("أبرز القصص", "href=\"/story/fair-wire\"");
  }

  @Test
  void storyPageShowsItsTimelineOneLinePerText() throws Exception {
    String story = page("/story/fair-wire", 200);
    assertThat(story).contains("التسلسل الزمني", "href=\"/article/fair-wire\"", "href=\"/article/fair-own\"",
        "ونشرته أيضاً وسيلتا إعلام", "4 مقالات");
    assertThat(story).doesNotContain("href=\"/article/fair-copy\"");
    assertThat(page("/story/nope", 404)).contains("لا توجد قصة");
  }

  @Test
  void articlePageSaysHowManyOutletsPublishedItsTextAndLinksItsStory() throws Exception {
    String copy = page("/article/fair-copy", 200);
    assertThat(copy).contains("نشرته 3 وسائل إعلام", "(الأصل)", "ضمن قصة", "href=\"/story/fair-wire\"", "قراءات ذات صلة");
  }

  @Test
  void hostileArticleTextComesOutAsText() throws Exception {
    String article = page("/article/xss", 200);
    String search = page("/search?q=" + Html.encode("نص"), 200);
    String home = page("/", 200);
    String hostileCopy = page("/article/xss-copy", 200);
    String hostileStory = page("/story/" + t.store.store().placement("xss-wire").orElseThrow().storyId(), 200);
    assertThat(hostileCopy).contains("نشرته وسيلتا إعلام");
    for (String html : new String[] {article, search, home, hostileCopy, hostileStory}) {
      String withoutJsonLd = html.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
      assertThat(withoutJsonLd).doesNotContain("<script", "<img").doesNotContainPattern("<[^>]*\\sonerror=").contains("&lt;");
    }
    assertThat(article).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("href=\"javascript:").contains("\\u003cscript\\u003e");
    assertThat(article.split("</script>", -1)).hasSize(2);
  }
}
