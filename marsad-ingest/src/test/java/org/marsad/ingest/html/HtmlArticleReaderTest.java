package org.marsad.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.TitleDeriver;
import org.marsad.ingest.charset.CharsetDeciderTest;
import org.marsad.model.Article;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;

class HtmlArticleReaderTest {
  private static final String URL = "https://news.example.org/a/b/page.html";
  private static final Instant CAPTURED = Instant.parse("2024-07-01T06:30:00Z");
  private final HtmlArticleReader reader = new HtmlArticleReader();
  private final Diagnostics diagnostics = new Diagnostics();

  private Article read(String fixture) throws IOException {
    return read(CharsetDeciderTest.fixture(fixture), null);
  }

  private Article read(byte[] bytes, String contentType) {
    Optional<Article> a = reader.read(bytes, contentType, URL, CAPTURED, diagnostics);
    assertThat(a).as("article of the page; diagnostics %s", diagnostics.list()).isPresent();
    return a.orElseThrow();
  }

  private static byte[] html(String head, String body) {
    return ("<html><head>" + head + "</head><body>" + body + "</body></html>").getBytes(UTF_8);
  }

  @Test
  void jsonLdGraphGivesEveryFieldAndWinsOverOpenGraph() throws IOException {
    Article a = read("jsonld-graph.html");

    assertThat(a.title()).isEqualTo("وزراء الخارجية العرب يجتمعون في القاهرة لبحث الأزمة");
    assertThat(a.published().iso()).isEqualTo("2024-03-10T14:25:00+03:00");
    assertThat(a.published().precision()).isEqualTo(Precision.SECOND);
    assertThat(a.creditNames(Role.AUTHOR)).containsExactly("أحمد المصري");
    assertThat(a.source()).isEqualTo("الجزيرة نت");
    assertThat(a.creditNames(Role.SOURCE)).containsExactly("الجزيرة نت");
    assertThat(a.creditNames(Role.WIRE)).containsExactly("رويترز");
    assertThat(a.tags()).containsExactly("الجامعة العربية", "القاهرة", "وزراء الخارجية");
    assertThat(a.url()).isEqualTo("https://www.example-jazeera.net/news/2024/3/10/arab-ministers");
    assertThat(a.id()).isEqualTo(ArticleIds.forUrl(a.url()));
    assertThat(a.provenance().notes())
        .contains("modified 2024-03-10T16:05:30+03:00", "language ar", "section أخبار سياسية");
  }

  @Test
  void wordPressOpenGraphAndArticleMeta() throws IOException {
    Article a = read("wordpress-opengraph.html");

    assertThat(a.title()).isEqualTo("ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية");
    // article:published_time outranks the <time> element, which says 1 May
    assertThat(a.published().iso()).isEqualTo("2024-05-12T09:30:00+04:00");
    // article:author is a Facebook URL, so the byline comes from meta name=author, label dropped
    assertThat(a.creditNames(Role.AUTHOR)).containsExactly("سارة الحربي", "خالد العتيبي");
    assertThat(a.source()).isEqualTo("صحيفة الخليج الاقتصادية");
    assertThat(a.tags()).containsExactly("النفط", "أوبك");
    assertThat(a.creditNames(Role.WIRE)).containsExactly("أ ف ب");
    assertThat(a.url()).isEqualTo("https://khaleej-eco.example.com/2024/05/12/oil-prices/");
    assertThat(a.provenance().notes()).contains("language ar-SA", "section اقتصاد");
  }

  @Test
  void egyptianVisibleDateAndByline() throws IOException {
    Article a = read("egyptian-visible-date.html");

    assertThat(a.published().iso()).isEqualTo("2024-05-12T15:15");
    assertThat(a.published().text()).isEqualTo("الأحد، ١٢ مايو ٢٠٢٤ ٠٣:١٥ م");
    assertThat(a.creditNames(Role.AUTHOR)).containsExactly("محمود عبد الرحمن");
    assertThat(a.provenance().notes()).contains("published date read from the page's visible text");
    assertThat(a.url()).isEqualTo(URL);
  }

  @Test
  void maghrebiPageWithALyingCharsetReadsAsArabic() throws IOException {
    Article a = read("maghreb-windows-1256.html");

    assertThat(a.title()).isEqualTo("البرلمان يصادق على مشروع قانون المالية");
    assertThat(a.body()).first().asString().startsWith("الرباط");
    assertThat(a.published().iso()).isEqualTo("2024-06-03T18:20");
    assertThat(a.creditNames(Role.AUTHOR)).containsExactly("يوسف بنعلي");
    assertThat(a.provenance().notes())
        .contains("charset windows-1256: meta says iso-8859-1 but bytes read as Arabic in windows-1256");
  }

  @Test
  void headerSaysUtf8ButBytesAreWindows1256() throws IOException {
    Article a = read(CharsetDeciderTest.fixture("maghreb-windows-1256.html"), "text/html; charset=utf-8");

    assertThat(a.title()).isEqualTo("البرلمان يصادق على مشروع قانون المالية");
  }

  @Test
  void microdataFields() throws IOException {
    Article a = read("microdata-time.html");

    assertThat(a.published().iso()).isEqualTo("2024-02-01T10:00:00+02:00");
    assertThat(a.creditNames(Role.AUTHOR)).containsExactly("ليلى حداد");
    assertThat(a.tags()).containsExactly("معرض الكتاب", "ثقافة", "نشر");
    assertThat(a.provenance().notes()).contains("section ثقافة", "modified 2024-02-01T12:30:00+02:00");
  }

  @Test
  void timeElementDates() throws IOException {
    Article a = read("time-only.html");

    assertThat(a.published().iso()).isEqualTo("2024-01-15T07:45");
    assertThat(a.published().offset()).isNull();
    assertThat(a.provenance().notes()).contains("modified 2024-01-15T09:10");
  }

  @Test
  void articleBodyIsTheTextOfAPageWithoutOne() throws IOException {
    Article a = read("articlebody-only.html");

    assertThat(a.body()).containsExactly(
        "اختتمت قمة المناخ أعمالها اليوم بإعلان مشترك يدعو إلى خفض الانبعاثات.",
        "وأكد المشاركون ضرورة تمويل الدول النامية لمواجهة آثار التغير المناخي.");
    assertThat(a.title()).isEqualTo("\"قمة المناخ\" تختتم أعمالها بإعلان مشترك");
    assertThat(a.published().iso()).isEqualTo("2024-06-20");
    assertThat(a.creditNames(Role.WIRE)).containsExactly("واس");
    assertThat(a.creditNames(Role.AUTHOR)).isEmpty();
    assertThat(a.tags()).containsExactly("المناخ", "قمة");
    assertThat(a.provenance().notes()).contains(HtmlArticleReader.NOTE_ARTICLE_BODY);
  }

  @Test
  void captureTimeIsTheFallbackDateWithANote() {
    Article a = read(html("<title>خبر</title>", "<p>نص الخبر بلا تاريخ.</p>"), null);

    assertThat(a.published().iso()).isEqualTo("2024-07-01T06:30Z");
    assertThat(a.published().precision()).isEqualTo(Precision.MINUTE);
    assertThat(a.provenance().notes()).contains(HtmlArticleReader.NOTE_CAPTURED);
  }

  @Test
  void noDateAndNoCaptureLeavesItEmpty() {
    Optional<Article> a = reader.read(html("", "<p>نص.</p>"), null, URL, null, diagnostics);

    assertThat(a.orElseThrow().published()).isNull();
  }

  @Test
  void titleFallsBackFromH1ToTitleToTheBody() {
    assertThat(read(html("<title>من العنوان</title>", "<h1>من الرأس</h1><p>نص.</p>"), null).title())
        .isEqualTo("من الرأس");
    assertThat(read(html("<title>من العنوان</title>", "<p>نص.</p>"), null).title()).isEqualTo("من العنوان");
    Article derived = read(html("", "<p>الجملة الأولى هنا. والثانية.</p>"), null);
    assertThat(derived.title()).isEqualTo("الجملة الأولى هنا");
    assertThat(derived.provenance().notes()).contains(TitleDeriver.NOTE);
  }

  @Test
  void siteNameSuffixIsStrippedOnlyWhenItNamesTheSite() {
    assertThat(read(html("<title>غزة - القدس</title><meta property=og:site_name content='المرصد'>", "<p>نص.</p>"), null)
        .title()).isEqualTo("غزة - القدس");
    assertThat(read(html("<title>خبر مهم | News Example</title>", "<p>نص.</p>"), null).title())
        .isEqualTo("خبر مهم");
  }

  @Test
  void aCanonicalUrlPointingAtTheHomePageIsIgnored() {
    Article a = read(html("<link rel=canonical href='https://news.example.org/'>", "<p>نص.</p>"), null);

    assertThat(a.url()).isEqualTo(URL);
    assertThat(a.provenance().notes()).anyMatch(n -> n.startsWith("canonical URL ignored"));
  }

  @Test
  void mojibakeTitleAndParagraphsAreRepaired() {
    String title = "الحكومة تعلن خطة جديدة";
    String paragraph = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين";
    Charset cp1256 = Charset.forName("windows-1256");
    String brokenTitle = new String(title.getBytes(UTF_8), cp1256);
    String brokenParagraph = new String(paragraph.getBytes(UTF_8), cp1256);

    Article a = read(html("<meta charset=utf-8><title>" + brokenTitle + "</title>", "<p>" + brokenParagraph + "</p>"), null);

    assertThat(a.title()).isEqualTo(title);
    assertThat(a.body()).containsExactly(paragraph);
    assertThat(diagnostics.list()).anySatisfy(d -> assertThat(d.message()).contains("repaired the encoding"));
  }

  @Test
  void bidiControlsAreDisplayNormalizedNotBroken() {
    Article a = read(html("", "<p dir=rtl>\u202Bقال الوزير\u202C إن الاتفاق تم.</p>"), null);

    assertThat(a.body()).containsExactly("قال الوزير إن الاتفاق تم.");
  }

  @Test
  void emptyBinaryAndOversizedPagesGiveNothingAndADiagnosticNamingTheUrl() {
    assertThat(reader.read(new byte[0], null, URL, null, diagnostics)).isEmpty();
    assertThat(reader.read(new byte[] {0, 1, 2, 3, (byte) 0xFF}, null, URL, null, diagnostics)).isEmpty();
    assertThat(reader.read(new byte[HtmlArticleReader.MAX_PAGE_BYTES + 1], null, URL, null, diagnostics)).isEmpty();
    assertThat(reader.read(html("<title>بلا نص</title>", ""), null, URL, null, diagnostics)).isEmpty();

    assertThat(diagnostics.list()).hasSize(4).allSatisfy(d -> assertThat(d.where()).isEqualTo(URL));
  }

  @Test
  void deeplyNestedAndTruncatedPagesDoNotThrow() {
    String deep = "<div>".repeat(20_000) + "<p>نص عميق.</p>";
    assertThat(reader.read(deep.getBytes(UTF_8), null, URL, CAPTURED, diagnostics)).isPresent();
    String cut = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"مقطو";
    assertThat(reader.read(cut.getBytes(UTF_8), null, URL, CAPTURED, diagnostics)).isEmpty();
  }

  @Test
  void aOneLineBreakingItemIsStillAnArticleWithoutItsMenus() {
    Article a = read(html("<title>عاجل</title>", "<nav><ul><li><a href='/'>الرئيسية</a></li><li>سياسة</li></ul></nav>"
        + "<h1>عاجل: زلزال بقوة 5 درجات يضرب المنطقة</h1><p>ضرب زلزال المنطقة فجر اليوم.</p>"
        + "<footer><p>جميع الحقوق محفوظة</p></footer>"), null);

    assertThat(a.body()).containsExactly("ضرب زلزال المنطقة فجر اليوم.");
    assertThat(a.title()).isEqualTo("عاجل: زلزال بقوة 5 درجات يضرب المنطقة");
  }
}
