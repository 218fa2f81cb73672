package org.marsad.ingest.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleIds;
import org.marsad.model.Article;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostics;
import org.marsad.model.RelatedRef;

/** Whole pages of layouts the reader was not tuned on; fixtures and their origins in html/layouts/SOURCES.md. */
class HtmlArticleReaderLayoutsTest {
  private static final String SITE = "wadi-news.example";
  private static final String MOTTO = "الوادي الأخضر.. صوت الجنوب الذي لا يغيب";
  private static final String GREETING = "فريق الوادي الأخضر يتمنى لكم قراءة ممتعة";
  private static final String TELEGRAM = "انضموا إلى قناتنا على تلغرام لتصلكم الأخبار أولا بأول";
  private static final String CONTACT = "للتواصل مع التحرير راسلونا عبر البريد الموجود في صفحة من نحن";

  private final Diagnostics diagnostics = new Diagnostics();

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(HtmlArticleReaderLayoutsTest.class.getResourceAsStream("/html/layouts/" + name), name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private Article read(HtmlArticleReader reader, String html, String url) {
    return reader.read(html.getBytes(UTF_8), null, url, null, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.list()));
  }

  @Test
  void wordPressPostKeepsEveryParagraphAndLosesItsFurniture() throws IOException {
    Article a = read(new HtmlArticleReader(), resource("wordpress-poem.html"), "https://alwadi.example/2024/03/14/abha-poetry-night/");

    // After the read-also box, every verse and every line of the dialogue: the whole text, in order.
    assertThat(a.body()).containsExactlyElementsOf(resource("wordpress-poem.expected.txt").lines().toList());
    assertThat(String.join("\n", a.body())).doesNotContain("مشاهدة", "إعلان", "الحقوق", "بقلم", "انطلاق مهرجان الربيع");
    assertThat(a.title()).isEqualTo("أمسية شعرية في أبها تختتم مهرجان الربيع");
    assertThat(a.creditNames(Role.WIRE)).containsExactly("واس");
    assertThat(a.creditNames(Role.AUTHOR)).isEmpty();
  }

  @Test
  void readAlsoBoxLinksAreTheRelatedReadsWithoutTagLinks() throws IOException {
    Article a = read(new HtmlArticleReader(), resource("wordpress-poem.html"), "https://alwadi.example/2024/03/14/abha-poetry-night/");

    String first = "https://alwadi.example/2024/03/12/abha-spring-festival-opens/";
    String second = "https://alwadi.example/2024/03/10/asir-rain-forecast/";
    assertThat(a.readAlso()).extracting(RelatedRef::title)
        .containsExactly("انطلاق مهرجان الربيع في أبها بمشاركة واسعة", "توقعات بأمطار غزيرة على مرتفعات عسير");
    // The relative link is made absolute; the id is the one the linked page will be stored under.
    assertThat(a.readAlso()).extracting(RelatedRef::url).containsExactly(first, second);
    assertThat(a.readAlso()).extracting(RelatedRef::id).containsExactly(ArticleIds.forUrl(first), ArticleIds.forUrl(second));
  }

  @Test
  void tableLayoutPageLosesItsHeadlineAndInfoLineAndTakesTheDate() throws IOException {
    Article a = read(new HtmlArticleReader(), resource("table-info-line.html"), "http://sahel-news.example/news.php?id=8812");

    assertThat(a.title()).isEqualTo("افتتاح سوق السمك الجديد في ميناء المخا");
    assertThat(a.body()).containsExactlyElementsOf(resource("table-info-line.expected.txt").lines().toList());
    assertThat(a.published()).isNotNull();
    assertThat(a.published().iso()).isEqualTo("2024-03-12");
    assertThat(a.provenance().notes()).contains("published date read from the page's visible text");
  }

  @Test
  void linesASiteRepeatsGoFromItsLaterPages() throws IOException {
    HtmlArticleReader reader = new HtmlArticleReader(new SiteFurniture());

    Article first = read(reader, sitePage(SITE, "dam", "سد الوادي يمتلئ لأول مرة منذ عشر سنوات", DAM), "https://" + SITE + "/dam/");
    Article second = read(reader, sitePage(SITE, "dates", "موسم التمور يبدأ مبكرا في قرى الوادي", DATES), "https://" + SITE + "/dates/");
    Article third = read(reader, sitePage(SITE, "school", "مدرسة جديدة تفتح أبوابها في أعلى الوادي", SCHOOL), "https://" + SITE + "/school/");

    // The first page cannot know: nothing has repeated yet, and no general rule knows these lines.
    // The invitation to a Telegram channel is a general shape: it goes from the first page on.
    assertThat(first.body()).contains(MOTTO, GREETING, CONTACT).containsAll(DAM).doesNotContain(TELEGRAM);
    assertThat(second.body()).containsExactlyElementsOf(DATES);
    assertThat(third.body()).containsExactlyElementsOf(SCHOOL);
    assertThat(third.provenance().notes()).contains("dropped 3 line(s) the site repeats on its other pages");
  }

  @Test
  void anotherHostKeepsTheSameLineAsContent() throws IOException {
    HtmlArticleReader reader = new HtmlArticleReader(new SiteFurniture());
    read(reader, sitePage(SITE, "dam", "سد الوادي يمتلئ لأول مرة منذ عشر سنوات", DAM), "https://" + SITE + "/dam/");
    read(reader, sitePage(SITE, "dates", "موسم التمور يبدأ مبكرا في قرى الوادي", DATES), "https://" + SITE + "/dates/");

    String other = "<html><head><title>إذاعة الجنوب تحتفل بعامها العاشر</title></head><body><article><h1>إذاعة الجنوب تحتفل بعامها العاشر</h1>"
        + "<p>" + RADIO.get(0) + "</p><p>" + MOTTO + "</p><p>" + RADIO.get(1) + "</p></article></body></html>";
    Article a = read(reader, other, "https://radio-south.example/tenth-year");

    assertThat(a.body()).containsExactly(RADIO.get(0), MOTTO, RADIO.get(1));
  }

  @Test
  void theSameArticleUnderAnotherAddressKeepsItsShortParagraphs() throws IOException {
    HtmlArticleReader reader = new HtmlArticleReader(new SiteFurniture());
    // Two long paragraphs and two short ones: the short ones repeat because the article does.
    List<String> brief = List.of(DAM.get(0), "وأغلقت الشرطة جسر الوادي احتياطا.", DAM.get(1), "ويعود الجسر إلى العمل مساء السبت.");
    read(reader, sitePage(SITE, "dam", "سد الوادي يمتلئ لأول مرة منذ عشر سنوات", brief), "https://" + SITE + "/dam/");
    Article copy = read(reader, sitePage(SITE, "dam-2", "سد الوادي يمتلئ لأول مرة منذ عشر سنوات", brief), "https://" + SITE + "/dam-2/");

    assertThat(copy.body()).containsAll(brief);
  }

  @Test
  void readingAPageAgainDropsNothing() throws IOException {
    HtmlArticleReader reader = new HtmlArticleReader(new SiteFurniture());
    String page = sitePage(SITE, "dam", "سد الوادي يمتلئ لأول مرة منذ عشر سنوات", DAM);
    read(reader, page, "https://" + SITE + "/dam/");

    assertThat(read(reader, page, "https://" + SITE + "/dam/").body()).contains(MOTTO, GREETING, CONTACT);
  }

  private static String sitePage(String host, String slug, String title, List<String> paragraphs) throws IOException {
    String html = resource("site-template.html").replace("{{HOST}}", host).replace("{{SLUG}}", slug).replace("{{TITLE}}", title);
    for (int i = 0; i < 3; i++) {
      html = html.replace("{{P" + (i + 1) + "}}", i < paragraphs.size() ? "<p>" + paragraphs.get(i) + "</p>" : "");
    }
    // A short brief has a fourth line after the template's last paragraph slot.
    return paragraphs.size() > 3 ? html.replace("<p>" + paragraphs.get(2) + "</p>", "<p>" + paragraphs.get(2) + "</p><p>" + paragraphs.get(3) + "</p>") : html;
  }

  private static final List<String> DAM = List.of(
      "امتلأ سد الوادي الكبير هذا الأسبوع لأول مرة منذ عشر سنوات، بعد أمطار غزيرة هطلت على المرتفعات طوال ثلاثة أيام متتالية.",
      "وقال مدير السد إن المياه بلغت مستوى المفيض مساء الثلاثاء، وإن الفرق الفنية تراقب الجدار والبوابات على مدار الساعة.",
      "ودعت السلطات المحلية الأهالي إلى الابتعاد عن مجرى الوادي أسفل السد، حتى تنخفض المياه المتدفقة من المفيض.");
  private static final List<String> DATES = List.of(
      "بدأ موسم جني التمور في قرى الوادي قبل موعده المعتاد بأسبوعين، بسبب ارتفاع درجات الحرارة في أواخر الصيف.",
      "ويقول المزارعون إن المحصول هذا العام وفير، وإن أسعار الصناديق في السوق الأسبوعي بدأت تنخفض قليلا.",
      "ويأمل أصحاب المزارع أن تفتح الجمعية التعاونية مخزنها المبرد قبل نهاية الشهر لحفظ الفائض من المحصول.");
  private static final List<String> SCHOOL = List.of(
      "افتتحت إدارة التعليم مدرسة ابتدائية جديدة في أعلى الوادي، تستقبل تلاميذ ثلاث قرى كانوا يقطعون طريقا جبليا طويلا.",
      "وتضم المدرسة اثني عشر فصلا ومختبرا صغيرا للعلوم، إلى جانب مكتبة تبرع بكتبها أبناء المنطقة المقيمون في المدن.",
      "وقال مدير المدرسة إن الحافلة المدرسية ستمر على القرى الثلاث صباحا ومساء، بدءا من الأسبوع المقبل.");
  private static final List<String> RADIO = List.of(
      "احتفلت إذاعة الجنوب المحلية أمس بمرور عشر سنوات على انطلاق بثها، واختارت للمناسبة شعارا جديدا كتبته على واجهة مبناها:",
      "ويقول مدير الإذاعة إن عدد المستمعين تضاعف خلال السنوات الثلاث الأخيرة، وإن برامج الصباح صارت الأكثر متابعة في المنطقة.");
}
