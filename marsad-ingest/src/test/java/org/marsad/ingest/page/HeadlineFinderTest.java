package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.ingest.TitleDeriver;
import org.marsad.model.Article;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;

/** Headlines found from the text under them, on whole pages written for these tests; the stories are invented. */
class HeadlineFinderTest {
  private final AggregatorPageReader reader = new AggregatorPageReader();
  private final Diagnostics diagnostics = new Diagnostics();

  private static final String HEADER = "أنباء الوادي الصوت الأول لأخبار الوادي";
  private static final String HEADLINE = "أمطار غزيرة تقطع الطريق بين قريتي الشعب والمنصورة";
  private static final String LEAD =
      "قطعت الأمطار الغزيرة التي هطلت مساء الاثنين الطريق الرئيسي بين قريتي الشعب والمنصورة، وعلق عشرات المسافرين على جانبي السيل حتى ساعات الفجر الأولى.";
  private static final String SECOND =
      "وقال مدير مكتب الأشغال في المديرية إن فرق الصيانة بدأت إزالة الصخور والطين، متوقعا إعادة فتح الطريق خلال يومين إذا توقف المطر.";

  private static final String TEASER_HEADLINE = "افتتاح مدرسة جديدة للبنات في حي الروضة بتمويل أهلي";
  private static final String TEASER_LEAD =
      "افتتحت السلطة المحلية صباح الأربعاء مدرسة جديدة للبنات في حي الروضة، بنيت بتبرعات من أبناء الحي وتتسع لأكثر من...";

  private Article read(String... lines) {
    List<Article> articles = reader.read(String.join("\n", lines), "t", diagnostics);
    assertThat(articles).isNotEmpty();
    return articles.get(0);
  }

  private List<String> messages() {
    return diagnostics.list().stream().map(Diagnostic::message).toList();
  }

  @Test
  void aHeadlineConfirmedByTheLeadBelowItIsChosenOverTheSiteHeaderAboveIt() {
    // Alone, the header stands above the page's date line, where a headline would stand.
    Article a = read(HEADER, "الثلاثاء 25 يونيو 2024", HEADLINE, LEAD, SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
    assertThat(a.published().iso()).isEqualTo("2024-06-25");
    assertThat(a.provenance().notes()).doesNotContain(TitleDeriver.NOTE);
    assertThat(messages()).contains("dropped 2 line(s) above the headline as navigation");
  }

  @Test
  void aTeaserOfAnotherStoryAboveThePagesOwnHeadlineIsSkippedWithItsLead() {
    Article a = read(TEASER_HEADLINE, TEASER_LEAD, HEADLINE, LEAD, SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
  }

  @Test
  void aTeaserAboveAnArticleWithoutHeadlineIsNeverTheTitle() {
    Article a = read(TEASER_HEADLINE, TEASER_LEAD, LEAD, SECOND);

    assertThat(a.title()).isNotEqualTo(TEASER_HEADLINE);
    assertThat(a.body()).contains(LEAD, SECOND);
  }

  @Test
  void aHeadlineCutWithAnEllipsisIsSkippedForTheConfirmedHeadlineBelow() {
    String cut = "وزارة المياه تعلن خطة طارئة لمواجهة الجفاف في…";
    String cutLead =
        "تعتزم وزارة المياه إطلاق خطة طارئة لمواجهة الجفاف في المحافظات الشرقية تشمل حفر عشرين بئرا جديدة وتوزيع خزانات على القرى الأكثر تضررا من شح الأمطار.";
    Article a = read(cut, cutLead, HEADLINE, LEAD, SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"وزارة المياه تعلن خطة طارئة لمواجهة…", "وزارة المياه تعلن خطة طارئة لمواجهة...", "وزارة المياه تعلن خطة طارئة لمواجهة.."})
  void aLineEndingWithAnEllipsisHasNoHeadlineShape(String line) {
    assertThat(HeadlineFinder.isCut(line)).isTrue();
    assertThat(HeadlineFinder.hasShape(PageLine.of(1, line), true)).isFalse();
    assertThat(HeadlineFinder.hasShape(PageLine.of(1, "وزارة المياه تعلن خطة طارئة لمواجهة الجفاف"), true)).isTrue();
  }

  @Test
  void aCutHeadlineAloneAboveTheTextIsNotTaken() {
    Article a = read("وزارة المياه تعلن خطة طارئة لمواجهة الجفاف في…", LEAD, SECOND);

    assertThat(a.title()).doesNotEndWith("…");
    // Not the cut line with its ellipsis taken off either: the title comes from the lead.
    assertThat(a.title()).doesNotStartWith("وزارة المياه").startsWith("قطعت الأمطار الغزيرة");
    assertThat(a.provenance().notes()).contains("title derived from body");
  }

  @Test
  void aTickerOfRunTogetherHeadlinesIsNotALead() {
    // The ticker repeats the header's words: were it taken for a lead, it would confirm the header.
    String ticker =
        "عاجل أمطار الوادي تغلق المدارس عاجل وزير المالية يعلن صرف الرواتب الأسبوع المقبل عاجل افتتاح جسر الوادي الجديد أمام السيارات"
            + " عاجل منتخب الوادي يفوز بالبطولة الإقليمية للشباب عاجل ارتفاع أسعار الوقود في محطات الوادي عاجل انقطاع الكهرباء عن أحياء الوادي الشرقية";
    assertThat(PageLine.of(2, ticker).isTickerLike()).isTrue();
    assertThat(PageLine.of(2, ticker).isParagraphLike()).isTrue();
    assertThat(PageLine.of(3, LEAD).isTickerLike()).isFalse();

    Article a = read(HEADER, ticker, HEADLINE, LEAD, SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
  }

  @Test
  void aLongLineWithoutCommaOrFullStopIsATickerButOneWithACommaIsNot() {
    String words = "عاجل الوادي يستقبل المسافرين ".repeat(10).strip();
    assertThat(PageLine.of(1, words).isTickerLike()).isTrue();
    assertThat(PageLine.of(1, words.replaceFirst(" ", "، ")).isTickerLike()).isFalse();
    assertThat(PageLine.of(1, words.replaceFirst(" ", ". ")).isTickerLike()).isFalse();
    assertThat(PageLine.of(1, "عاجل الوادي يستقبل المسافرين ".repeat(9).strip()).isTickerLike()).isFalse();
  }

  @Test
  void aHeadlineListAboveTheArticleIsSkipped() {
    Article a =
        read(
            "تراجع أسعار الأسماك في سوق المدينة مع عودة الصيادين",
            "الأمطار تغلق مدارس القرى الجبلية ليومين",
            "مجلس المديرية يقر خطة لصيانة الطرق الريفية",
            HEADLINE,
            LEAD,
            SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
    assertThat(messages()).contains("dropped 3 line(s) above the headline as navigation");
  }

  @Test
  void aLongFirstLineAboveACreditLineIsTheHeadline() {
    String longHeadline =
        "السلطات المحلية في المديرية تعلن إغلاق الطريق الرئيسي بين قريتي الشعب والمنصورة حتى إشعار آخر بعد أن جرفت السيول أجزاء واسعة منه وعلق المسافرون";
    assertThat(PageLine.of(1, longHeadline).isParagraphLike()).isTrue();

    Article a = read(longHeadline, "أنباء الوادي / خاص", LEAD, SECOND);

    assertThat(a.title()).isEqualTo(longHeadline);
    assertThat(a.source()).isEqualTo("أنباء الوادي");
    assertThat(a.body()).containsExactly(LEAD, SECOND);
    assertThat(a.provenance().notes()).doesNotContain(TitleDeriver.NOTE);
  }

  @Test
  void aSiteHeaderAboveALongHeadlineOverACreditLineIsNotTheTitle() {
    String longHeadline =
        "السلطات المحلية في المديرية تعلن إغلاق الطريق الرئيسي بين قريتي الشعب والمنصورة حتى إشعار آخر بعد أن جرفت السيول أجزاء واسعة منه وعلق المسافرون";
    Article a = read("موقع نبض المدينة للأخبار المحلية", longHeadline, "أنباء الوادي / خاص", LEAD, SECOND);

    assertThat(a.title()).isEqualTo(longHeadline);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "مرحباً بكم في موقع أنباء الوادي للأخبار",
        "أهلا بك في الموقع الأول لأخبار الأمطار والطرق",
        "سجل دخولك لمتابعة أخبار الأمطار في الوادي",
        "ليس لديك حساب؟ أنشئ حسابك لمتابعة أخبار الطريق",
        "عزيزي الزائر تابع آخر أخبار الأمطار والطرق",
        "© 2024 أنباء الوادي لأخبار الأمطار والطرق"
      })
  void anAccountPromptOrGreetingIsNeverTheHeadline(String prompt) {
    // Without a headline of its own, the page's title comes from its text, not from the prompt
    // above its date line (where a headline would stand).
    Article a = read(prompt, "الثلاثاء 25 يونيو 2024", LEAD, SECOND);

    assertThat(a.title()).isNotEqualTo(prompt).isEqualTo("قطعت الأمطار الغزيرة التي هطلت مساء الاثنين الطريق الرئيسي بين قريتي الشعب والمنصورة");
    assertThat(a.provenance().notes()).contains(TitleDeriver.NOTE);
    assertThat(a.body()).doesNotContain(prompt);
  }

  @Test
  void aGreetingAboveTheHeadlineIsDroppedAndTheHeadlineKept() {
    Article a = read("مرحباً بكم في موقع أنباء الوادي", "سجل دخولك للتعليق على الأخبار", HEADLINE, LEAD, SECOND);

    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.body()).containsExactly(LEAD, SECOND);
  }

  @Test
  void aMastheadLineIsNeverTheHeadline() {
    Article a = read("رئيس التحرير: سالم عبدالله الوادعي", "الثلاثاء 25 يونيو 2024", LEAD, SECOND);

    assertThat(a.title()).doesNotContain("رئيس التحرير");
    assertThat(a.provenance().notes()).contains(TitleDeriver.NOTE);
  }
}
