package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostics;

/**
 * What a line is on a page of a known site ({@link LineClassifier#classify(PageLine, SiteTemplate)}),
 * and the furniture, masthead, counter and date-filler lines it knows without a site. The site, its
 * outlets and the lines are invented.
 */
class SiteAwareLineClassifierTest {
  private final LineClassifier classifier = new LineClassifier(PageLexicon.defaults(), new ArabicDateParser());

  private static final String CREDIT_LINE = "أنباء الوادي / خاص";
  private static final String SLOGAN = "منبر من لا منبر له";

  /** A site that repeats its credit line, its slogan and its own name, and credits أنباء الوادي. */
  private static final SiteTemplate SITE =
      SiteTemplate.ofKeys(
          4,
          Set.of(PageLexicon.key(CREDIT_LINE), PageLexicon.key(SLOGAN), PageLexicon.key("أنباء الوادي")),
          Map.of(
              PageLexicon.key("أنباء الوادي"), "أنباء الوادي",
              PageLexicon.key("وكالة أنباء السهل الشرقي الحرة"), "وكالة أنباء السهل الشرقي الحرة"),
          Set.of(),
          null);

  private LineFacts classify(String line, SiteTemplate site) {
    return classifier.classify(PageLine.of(3, line), site);
  }

  @Test
  void anExplicitCreditLineStaysACreditThoughTheSiteRepeatsIt() {
    LineFacts f = classify(CREDIT_LINE, SITE);
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.credits()).containsExactly(new Credit(Role.SOURCE, "أنباء الوادي"));
  }

  @Test
  void aBareOutletNameThatTheSitesCreditLinesUseIsASourceCredit() {
    assertThat(classify("أنباء الوادي", SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);

    LineFacts f = classify("أنباء الوادي", SITE);
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.credits()).containsExactly(new Credit(Role.SOURCE, "أنباء الوادي"));
  }

  @Test
  void aBareOutletNameInAnotherSpellingGivesTheNameTheCreditLinesUse() {
    LineFacts f = classify("انباء الوادى", SITE);
    assertThat(f.credits()).containsExactly(new Credit(Role.SOURCE, "أنباء الوادي"));
  }

  @Test
  void anOutletNameLongerThanANameLineIsNotReadAsACredit() {
    assertThat(classify("وكالة أنباء السهل الشرقي الحرة", SITE).kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void aLineTheSiteRepeatsIsFurnitureAndTextOnAPageAlone() {
    assertThat(classify(SLOGAN, SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);
    assertThat(classify(SLOGAN, SITE).kind()).isEqualTo(LineFacts.Kind.FURNITURE);
    assertThat(classify("منبر من لا منبر له!", SITE).kind()).as("same search key").isEqualTo(LineFacts.Kind.FURNITURE);
  }

  @Test
  void aLineTheSiteDoesNotRepeatStaysText() {
    assertThat(classify("افتتاح مدرسة جديدة للبنات في حي الروضة", SITE).kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void anOutletNameWinsOverTheRepeatedLineItAlsoIs() {
    // The site prints the outlet's name on every page and credits it: a credit, not furniture.
    assertThat(classify("أنباء الوادي", SITE).kind()).isEqualTo(LineFacts.Kind.META);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "مرحباً بكم في موقع أنباء الوادي",
        "أهلا وسهلا بكم في صفحتنا",
        "سجل دخولك للتعليق على الأخبار",
        "تسجيل الدخول",
        "ليس لديك حساب؟ سجل الآن",
        "عزيزي الزائر يرجى تحديث الصفحة",
        "تابعونا على تلغرام وفيسبوك",
        "اشترك في النشرة البريدية لأنباء الوادي",
        "© 2024 أنباء الوادي",
        "Copyright © 2024 Anbaa Alwadi",
        "جميع الحقوق محفوظة لموقع أنباء الوادي",
        "رئيس التحرير: سالم عبدالله الوادعي",
        "رئيس التحريرسالم الوادعي",
        "المشرف العام سالم الوادعي مدير التحرير نادية الشامي"
      })
  void aShortFurnitureLeadOrMastheadLineIsFurniture(String line) {
    assertThat(classify(line, SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.FURNITURE);
  }

  @Test
  void aLongParagraphThatOpensWithAGreetingIsText() {
    String paragraph =
        "مرحباً بكم في موقع أنباء الوادي حيث نقدم لكم يوميا آخر الأخبار المحلية والعربية والدولية بتغطية شاملة ومتابعة دقيقة من مراسلينا في كل المديريات";
    assertThat(classify(paragraph, SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void aRunningTextLineThatMentionsTheEditorInChiefIsText() {
    String paragraph =
        "وقال رئيس التحرير في كلمته خلال الحفل إن الصحيفة ستواصل تغطية أخبار المديريات النائية رغم الصعوبات المالية التي تمر بها منذ سنوات.";
    assertThat(classify(paragraph, SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void aCounterLabelIsSkippedOnACreditLine() {
    LineFacts f = classify("المصدر: أنباء الوادي | عدد القراءات: 350", SiteTemplate.NONE);
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.credits()).containsExactly(new Credit(Role.SOURCE, "أنباء الوادي"));

    LineFacts dated = classify("تاريخ النشر: 23-06-2024 | عدد المشاهدات: 1200", SiteTemplate.NONE);
    assertThat(dated.credits()).isEmpty();
    assertThat(dated.date().published().iso()).isEqualTo("2024-06-23");

    LineFacts counterOnly = classify("عدد القراءات: 350", SiteTemplate.NONE);
    assertThat(counterOnly.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(counterOnly.credits()).isEmpty();
    assertThat(counterOnly.date()).isNull();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الأحد 23 يونيو 2024 بتوقيت المدينة ،،، | 2024-06-23",
        "الأحد 23 يونيو 2024 - 10:30 ص بتوقيت اليمن | 2024-06-23T10:30",
        "الخميس 27 يونيو 2024 حسب توقيت عدن | 2024-06-27",
        "الخميس 27 يونيو 2024 وفق توقيت مكة المحلي | 2024-06-27"
      })
  void aTimeZoneFillerOnADateLineLeavesItADateLine(String line, String iso) {
    LineFacts f = classify(line.strip(), SiteTemplate.NONE);
    assertThat(f.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(f.date().published().iso()).isEqualTo(iso.strip());
  }

  @Test
  void aDateFollowedByAHeadlineIsNotADateLine() {
    assertThat(classify("الأحد 23 يونيو 2024 افتتاح الجسر الجديد", SiteTemplate.NONE).kind()).isEqualTo(LineFacts.Kind.TEXT);
  }

  @Test
  void aDateLineWithATimeZoneFillerDatesThePage() {
    String lead =
        "عادت الحركة إلى ميناء المدينة صباح اليوم بعد أن أنهى العمال إضرابهم الذي استمر أسبوعا كاملا للمطالبة بتحسين الأجور وظروف العمل في الأرصفة.";
    String page = String.join("\n", "عودة الحركة إلى ميناء المدينة بعد توقف الإضراب", "الأحد 23 يونيو 2024 بتوقيت المدينة ،،،", lead);
    Article a = new AggregatorPageReader().read(page, "t", new Diagnostics()).get(0);

    assertThat(a.published().iso()).isEqualTo("2024-06-23");
    assertThat(a.title()).isEqualTo("عودة الحركة إلى ميناء المدينة بعد توقف الإضراب");
    assertThat(a.body()).containsExactly(lead);
  }
}
