package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTextExtractorTest {
  private final MainTextExtractor extractor = new MainTextExtractor();

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(MainTextExtractorTest.class.getResourceAsStream("/html/main/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"arabic-news", "english-news", "table-layout", "lead-above-body"})
  void newsPageGivesTheArticleParagraphsOnly(String page) throws IOException {
    Document doc = Jsoup.parse(resource(page + ".html"), "https://news.example/" + page);
    List<String> expected = resource(page + ".expected.txt").lines().toList();
    assertThat(extractor.extract(doc)).containsExactlyElementsOf(expected);
  }

  @Test
  void documentIsNotChanged() throws IOException {
    Document doc = Jsoup.parse(resource("arabic-news.html"), "https://news.example/");
    String before = doc.outerHtml();
    extractor.extract(doc);
    assertThat(doc.outerHtml()).isEqualTo(before);
  }

  @Test
  void readAlsoLineIsDropped() {
    Document doc = Jsoup.parse("<article><p>" + "نص الخبر الرئيسي، وهو طويل بما يكفي ليكون فقرة حقيقية من المقال. ".repeat(5)
        + "</p><p>إقرأ أيضا: <a href='/x'>خبر آخر</a></p><p>" + "فقرة ثانية من المقال، فيها تفاصيل إضافية عن الحدث. ".repeat(5) + "</p></article>");
    assertThat(extractor.extract(doc)).hasSize(2).noneMatch(p -> p.contains("خبر آخر"));
  }

  @Test
  void paragraphsSplitAtLineBreaks() {
    String line = "هذه جملة طويلة من نص المقال، تتكرر لتصنع فقرة كافية الطول للاختبار. ";
    Document doc = Jsoup.parse("<div class='content'>" + line.repeat(3) + "<br><br>" + line.repeat(3) + "</div>");
    assertThat(extractor.extract(doc)).hasSize(2);
  }

  @Test
  void hiddenTextIsSkipped() {
    String para = "<p>" + "A paragraph of the article, long enough to count as prose, with commas, and more. ".repeat(4) + "</p>";
    Document doc = Jsoup.parse("<article>" + para + "<div style='display: none'><p>Hidden promo text that readers never see.</p></div>" + para.replace("A ", "The ") + "</article>");
    assertThat(String.join(" ", extractor.extract(doc))).doesNotContain("Hidden promo");
  }

  @Test
  void emptyAndTextlessPagesGiveNothing() {
    assertThat(extractor.extract(Jsoup.parse(""))).isEmpty();
    assertThat(extractor.extract(Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav></body></html>"))).isEmpty();
  }

  @Test
  void deepNestingDoesNotOverflow() {
    String open = "<div>".repeat(20_000);
    Document doc = Jsoup.parse(open + "<p>" + "Deep text, with commas, that is long enough to count. ".repeat(6) + "</p>" + "</div>".repeat(20_000));
    assertThatCode(() -> extractor.extract(doc)).doesNotThrowAnyException();
  }

  @Test
  void randomMarkupNeverThrows() {
    long seed = 20_240_312L;
    Random random = new Random(seed);
    String[] parts = {"<p>", "</p>", "<div class='share'>", "<div class=content>", "</div>", "<br>", "<a href=x>", "</a>",
        "<li>", "<ul>", "<table><tr><td>", "</td></tr></table>", "نص، عربي", "text, words. ", "<script>", "</script>",
        "<!--", "-->", "<", ">", "&amp;", "\u200f", "\ud800", "<h1>", "<h2 hidden>", "<span style='display:none'>"};
    for (int i = 0; i < 300; i++) {
      StringBuilder html = new StringBuilder();
      int n = random.nextInt(200);
      for (int j = 0; j < n; j++) {
        html.append(parts[random.nextInt(parts.length)]);
      }
      String page = html.toString();
      assertThatCode(() -> extractor.extract(Jsoup.parse(page))).as("seed %d, page %d: %s", seed, i, page).doesNotThrowAnyException();
    }
  }

  @Test
  void sameInputSameOutput() throws IOException {
    String html = resource("english-news.html");
    assertThat(extractor.extract(Jsoup.parse(html))).isEqualTo(extractor.extract(Jsoup.parse(html)));
  }

  /** {@code n} different paragraphs of article prose. */
  private static String paras(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("<p>").append(("Paragraph " + i + " of the article, long enough to count as prose, with commas, and more. ").repeat(3)).append("</p>");
    }
    return b.toString();
  }

  @Test
  void layoutBoxNamedLikeASidebarStillHoldsTheArticle() {
    Document doc = Jsoup.parse("<div class='container sidebar_right'><main><article>" + paras(3)
        + "</article></main></div><div class='sidebar'><p>Sidebar text that is not the article, with a comma.</p></div>");
    assertThat(extractor.extract(doc)).hasSize(3).noneMatch(p -> p.contains("Sidebar"));
  }

  @Test
  void leadBelowATitleLineWithoutH1JoinsTheArticle() {
    String lead = "عادت العبارة القديمة إلى الميناء بعد أربعة أشهر من الإصلاح، بمحرك جديد، وهيكل مطلي، ومقصورة مدفأة للركاب في الشتاء، كما أضيفت إليها مقاعد جديدة ولوحة تعرض مواعيد الرحلات.";
    StringBuilder body = new StringBuilder();
    for (String hour : List.of("السابعة", "الثامنة", "التاسعة")) {
      body.append("<p>").append(("انطلقت الرحلة في " + hour + " صباحا، وعلى متنها موظفون وطلاب وزوار من المدن المجاورة. ").repeat(3)).append("</p>");
    }
    Document doc = Jsoup.parse("<html><head><title>عودة العبارة إلى الميناء - جريدة الساحل</title></head><body>"
        + "<div class='head'><div class='title'>عودة العبارة إلى الميناء</div><div>بقلم محرر الجريدة</div><p>" + lead + "</p></div>"
        + "<div class='columns'><div class='story'>" + body + "</div><div class='side'><a href='/x'>خبر آخر</a></div></div></body></html>");
    assertThat(extractor.extract(doc)).hasSize(4).first().isEqualTo(lead);
  }

  @Test
  void shortStandfirstAboveTheBodyStaysOut() {
    Document doc = Jsoup.parse("<h1>Ferry returns</h1><p class='dek'>The ferry is back, with a new engine.</p><div class='story'>" + paras(3) + "</div>");
    assertThat(extractor.extract(doc)).hasSize(3).noneMatch(p -> p.contains("new engine"));
  }

  @Test
  void ratingAndQuestionLinesAtTheEndGo() {
    Document doc = Jsoup.parse("<article>" + paras(3) + "<p>هل كان المقال مفيدا؟</p><p>(12 صوتا: 4,5 من 5)</p></article>");
    assertThat(extractor.extract(doc)).hasSize(3);
  }

  @Test
  void introLineGoesWithTheLinkListItIntroduces() {
    Document doc = Jsoup.parse("<article>" + paras(2) + "<p>More on this story:</p><ul><li><a href='/a'>Council approves the pier lights plan</a></li>"
        + "<li><a href='/b'>Museum opens late on Fridays this summer</a></li></ul>" + paras(4).substring(paras(2).length()) + "</article>");
    assertThat(extractor.extract(doc)).hasSize(4).noneMatch(p -> p.contains("More on"));
  }

  @Test
  void promptAfterTheLastLinkBoxIsCut() {
    Document doc = Jsoup.parse("<article>" + paras(4) + "<ul><li><a href='/a'>Council approves the pier lights plan</a></li>"
        + "<li><a href='/b'>Museum opens late on Fridays this summer</a></li></ul><p>Download our free app for the latest local news and alerts.</p></article>");
    assertThat(extractor.extract(doc)).hasSize(4).noneMatch(p -> p.contains("app"));
  }

  @Test
  void quotedPostKeepsItsAttributionLineButAQuotedLinkLineGoes() {
    Document doc = Jsoup.parse("<article>" + paras(2) + "<blockquote><p>The ferry is back on the water today, and the crossing was smooth.</p>"
        + "— Harbour Office (@harbour) <a href='/s/1'>March 3, 2024</a></blockquote>" + "<blockquote><a href='/x'>READ ALSO: The pier lights plan approved by the council</a></blockquote>"
        + paras(4).substring(paras(2).length()) + "</article>");
    assertThat(extractor.extract(doc)).contains("— Harbour Office (@harbour) March 3, 2024").noneMatch(p -> p.contains("pier lights"));
  }

  @Test
  void linesThatRepeatOnPurposeAreKept() {
    StringBuilder menu = new StringBuilder("<article>" + paras(2));
    for (String day : List.of("الأحد", "الاثنين")) {
      menu.append("<h3>").append(day).append("</h3><p>الفطور: كوب حليب وخبز وجبن</p><p>الغداء: أرز وخضار مطبوخة ودجاج مشوي</p>");
    }
    Document doc = Jsoup.parse(menu.append(paras(3).substring(paras(2).length())).append("</article>").toString());
    assertThat(extractor.extract(doc)).filteredOn(p -> p.startsWith("الفطور")).hasSize(2);
  }

  @Test
  void sourceLineAtTheEndStaysForTheCredits() {
    Document doc = Jsoup.parse("<article>" + paras(3) + "<p>المصدر: أ ف ب</p></article>");
    assertThat(extractor.extract(doc)).hasSize(4).last().isEqualTo("المصدر: أ ف ب");
  }

  @Test
  void authorBoxUnderTheArticleGoesEvenInsideTheEntry() {
    Document doc = Jsoup.parse("<div class='entry-content'>" + paras(3) + "<div class='entry-author-info'><p>"
        + "The author writes about ferries, harbours and the people who work there, and has done so for twenty years.</p></div></div>");
    assertThat(extractor.extract(doc)).hasSize(3).noneMatch(p -> p.contains("twenty years"));
  }

  @Test
  void textInsideAPaywallBoxIsTheArticles() {
    Document doc = Jsoup.parse("<article><div class='article-body'>" + paras(2) + "<div class='paywall'>" + paras(4).substring(paras(2).length())
        + "</div><div class='subscribe-prompt'><p>Subscribe to keep reading our stories every day of the week.</p></div></div></article>");
    assertThat(extractor.extract(doc)).hasSize(4).noneMatch(p -> p.startsWith("Subscribe"));
  }

  private static final String PROSE = "ولفت المتحدث إلى أن الخطة تشمل صيانة الطرق الفرعية، وتحسين الإنارة، وزيادة عدد الحافلات في ساعات الذروة. ";

  /** {@code n} paragraphs of Arabic article prose, each different. */
  private static String arabicParas(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("<p>").append(("في الفقرة " + i + " " + PROSE).repeat(2)).append("</p>");
    }
    return b.toString();
  }

  @Test
  void readAlsoBoxInTheBodyEndsABlockNotTheArticle() {
    Document doc = Jsoup.parse("<div class='entry-content'>" + arabicParas(4) + "<p><strong>اقرأ أيضًا:</strong> <a href='/x'>عنوان خبر آخر هنا</a></p>"
        + "<p>وختم المتحدث بأن المرحلة الثانية تبدأ في الخريف.</p><p>ويبقى الباب مفتوحا للمقترحات.</p></div>");
    assertThat(extractor.extract(doc)).hasSize(6).endsWith("وختم المتحدث بأن المرحلة الثانية تبدأ في الخريف.", "ويبقى الباب مفتوحا للمقترحات.")
        .noneMatch(p -> p.contains("عنوان خبر آخر"));
  }

  @Test
  void poemIntroducedAfterAReadAlsoListKeepsItsVerses() {
    List<String> verses = List.of("يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", "فوقفت فيها ناقتي وكأنها", "فدن لأقضي حاجة المتلوم");
    Document doc = Jsoup.parse("<div class='entry-content'>" + arabicParas(3) + "<p>اقرأ أيضًا:</p><ul><li><a href='/x'>عنوان خبر آخر هنا للقراءة</a></li>"
        + "<li><a href='/y'>عنوان خبر ثان هنا للقراءة</a></li></ul><p>وقال الشاعر في ختام الأمسية:</p><p>" + String.join("<br>", verses) + "</p></div>");
    assertThat(extractor.extract(doc)).endsWith(verses.toArray(String[]::new)).contains("وقال الشاعر في ختام الأمسية:")
        .noneMatch(p -> p.contains("عنوان خبر"));
  }

  @Test
  void verseBlockKeepsItsLinesAsLines() {
    Document doc = Jsoup.parse("<div class='entry-content'>" + arabicParas(2) + "<p>وقرأ الشاعر من قصيدته الجديدة:</p>"
        + "<pre class='wp-block-verse'>على الجبل العالي يمر ضبابنا\nويغسل وجه الصبح ماء الغمائم\nوفي القرية الخضراء بيت عرفته</pre>"
        + arabicParas(3).substring(arabicParas(2).length()) + "</div>");
    assertThat(extractor.extract(doc)).hasSize(7)
        .containsSubsequence("على الجبل العالي يمر ضبابنا", "ويغسل وجه الصبح ماء الغمائم", "وفي القرية الخضراء بيت عرفته");
  }

  @Test
  void dialogueLinesBetweenParagraphsStayEvenWithANumberInOne() {
    List<String> lines = List.of("— متى وصلت القافلة إلى المدينة", "— وصلت عند الساعة 5:30 فجرا", "— ومن كان يقودها يا أبي");
    StringBuilder html = new StringBuilder("<div class='entry-content'>" + arabicParas(2));
    lines.forEach(l -> html.append("<p>").append(l).append("</p>"));
    Document doc = Jsoup.parse(html.append(arabicParas(4).substring(arabicParas(2).length())).append("</div>").toString());
    assertThat(extractor.extract(doc)).hasSize(7).containsSubsequence(lines);
  }

  @Test
  void shortLinesThatEndTheBoxWithoutAnIntroAreStillTrimmed() {
    Document doc = Jsoup.parse("<article>" + arabicParas(3) + "<p>حمل تطبيق الموقع</p><p>تابعنا على القنوات</p></article>");
    assertThat(extractor.extract(doc)).hasSize(3);
  }

  @Test
  void furnitureShapesInsideTheBoxGo() {
    Document doc = Jsoup.parse("<div class='entry-content'><div class='pvc'>1٬254 مشاهدة</div><div class='v'><i class='icon-eye'></i> 873</div>"
        + arabicParas(2) + "<p>إعلان</p>"
        + arabicParas(4).substring(arabicParas(2).length()) + "<p>© 2024 صحيفة الوادي. جميع الحقوق محفوظة</p></div>");
    assertThat(extractor.extract(doc)).hasSize(4).allMatch(p -> p.startsWith("في الفقرة"));
  }
}
