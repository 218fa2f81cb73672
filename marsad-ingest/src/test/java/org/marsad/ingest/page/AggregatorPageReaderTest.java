package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;

/** Pages written for these tests, imitating aggregator layouts; the stories are invented. */
class AggregatorPageReaderTest {
  private final AggregatorPageReader reader = new AggregatorPageReader();
  private final Diagnostics diagnostics = new Diagnostics();

  private static final String PARA1 =
      "أعلنت وزارة الزراعة، الأحد، بدء موسم حصاد القمح في السهول الشمالية، متوقعة أن يتجاوز الإنتاج ما تحقق في العام الماضي بفضل الأمطار الغزيرة.";
  private static final String PARA2 =
      "وقال وزير الزراعة في تصريح للصحفيين: \"جهزنا مراكز الاستلام وسنصرف مستحقات المزارعين خلال أسبوع من التسليم\".";
  private static final String RELATED_PARA =
      "أعلنت الشركة العامة للمطاحن، اليوم الخميس (6 حزيران 2024)، رفع طاقة التخزين في صوامع الجنوب استعدادا لموسم الحصاد الجديد.";

  private static final String SEED_LIKE =
      String.join(
          "\n",
          "وزارة الزراعة تعلن بدء موسم حصاد القمح وتتوقع إنتاجا قياسيا",
          "تاريخ النشر: 2nd, June 2024 GMT",
          "إعداد: فرانس24 تابِع إعلان اقرأ المزيد",
          PARA1,
          PARA2,
          "فرانس24/ رويترزالمصدر: فرانس24",
          "كلمات دلالية: الزراعة القمح الأمن الغذائي العراق للمزيد",
          "إقرأ أيضاً:",
          "المطاحن ترفع طاقة التخزين في صوامع الجنوب",
          "بغداد اليوم - متابعة",
          RELATED_PARA,
          "وأوضحت الشركة أن الصوامع الجديدة ستستقبل المحصول ابتداء من الأسبوع المقبل في ثلاث محافظات.");

  @Test
  void seedLayoutGivesMainArticleAndItsReadAlso() {
    List<Article> articles = reader.read(SEED_LIKE, "page.txt", diagnostics);

    assertThat(articles).hasSize(2);
    Article main = articles.get(0);
    assertThat(main.title()).isEqualTo("وزارة الزراعة تعلن بدء موسم حصاد القمح وتتوقع إنتاجا قياسيا");
    assertThat(main.published().iso()).isEqualTo("2024-06-02");
    assertThat(main.published().precision()).isEqualTo(Precision.DAY);
    assertThat(main.published().text()).isEqualTo("2nd, June 2024 GMT");
    assertThat(main.body()).containsExactly(PARA1, PARA2);
    assertThat(main.source()).isEqualTo("فرانس24");
    assertThat(main.credits())
        .containsExactly(
            new Credit(Role.PREPARER, "فرانس24"),
            new Credit(Role.SOURCE, "فرانس24"),
            new Credit(Role.WIRE, "فرانس24"),
            new Credit(Role.WIRE, "رويترز"));
    assertThat(main.tags()).containsExactly("الزراعة", "القمح", "الأمن الغذائي", "العراق");

    Article related = articles.get(1);
    assertThat(related.title()).isEqualTo("المطاحن ترفع طاقة التخزين في صوامع الجنوب");
    assertThat(related.source()).isEqualTo("بغداد اليوم");
    assertThat(related.published().iso()).isEqualTo("2024-06-06");
    assertThat(related.body()).hasSize(2).startsWith(RELATED_PARA);
    assertThat(main.readAlso()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(related.id()));
    assertThat(related.provenance().embeddedIn()).isEqualTo(main.id());
  }

  @Test
  void readingTheSamePageTwiceGivesTheSameIds() {
    List<Article> first = reader.read(SEED_LIKE, "a.txt", new Diagnostics());
    List<Article> second = reader.read(SEED_LIKE, "b.txt", new Diagnostics());
    assertThat(second).extracting(Article::id).containsExactlyElementsOf(first.stream().map(Article::id).toList());
    assertThat(first.get(0).id()).isNotEqualTo(first.get(1).id());
  }

  @Test
  void navigationAndHeadlineListAboveTheArticleAreDropped() {
    String page =
        String.join(
            "\n",
            "الرئيسية | محليات | عربي ودولي | رياضة",
            "افتتاح طريق جديد يربط المدينة بالمطار الدولي",
            "فريق المدينة يتأهل إلى نهائي الكأس بعد فوز صعب",
            "المجلس البلدي يقر موازنة العام المقبل بزيادة طفيفة",
            "آخر تحديث 2022-06-05 00:00:00 - المصدر: الحرة",
            PARA1);
    Article a = reader.read(page, "p.txt", diagnostics).get(0);
    assertThat(a.title()).isEqualTo("المجلس البلدي يقر موازنة العام المقبل بزيادة طفيفة");
    assertThat(a.published().iso()).isEqualTo("2022-06-05T00:00:00");
    assertThat(a.source()).isEqualTo("الحرة");
    assertThat(a.body()).containsExactly(PARA1);
    assertThat(diagnostics.list()).extracting(Diagnostic::message).anyMatch(m -> m.contains("navigation"));
  }

  @Test
  void anAmbiguousNumericDateReadsTheWayTheOtherDatesOfThePageDo() {
    String monthFirst = String.join("\n", "وزارة الزراعة تعلن بدء موسم حصاد القمح", "05/06/2024", PARA1, "آخر تعديل: 12/21/2024");
    assertThat(reader.read(monthFirst, "p.txt", diagnostics).get(0).published().iso()).isEqualTo("2024-05-06");
    String dayFirst = String.join("\n", "وزارة الزراعة تعلن بدء موسم حصاد القمح", "05/06/2024", PARA1, "آخر تعديل: 21/12/2024");
    assertThat(reader.read(dayFirst, "p.txt", diagnostics).get(0).published().iso()).isEqualTo("2024-06-05");
  }

  @Test
  void aSiteNameAfterABarLeavesTheHeadline() {
    String page = String.join("\n", "ارتفاع صادرات النفط إلى مستوى قياسي | موقع الخبر", "نشر في: الثلاثاء، 14 مايو 2024 09:15 ص", PARA1);
    Article a = reader.read(page, "p.txt", diagnostics).get(0);
    assertThat(a.title()).isEqualTo("ارتفاع صادرات النفط إلى مستوى قياسي");
    assertThat(a.published().iso()).isEqualTo("2024-05-14T09:15");
  }

  @Test
  void aRepeatedHeadlineIsReadOnceAndLeftOutOfTheBody() {
    String title = "انطلاق حملة تطعيم ضد شلل الأطفال في المحافظات الشمالية";
    String page = String.join("\n", title, "الرئيسية » صحة » " + title, title, "الأحد 24 نوفمبر 2024 06:53 صباحاً", PARA1);
    Article a = reader.read(page, "p.txt", diagnostics).get(0);
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.body()).containsExactly(PARA1);
    assertThat(a.published().iso()).isEqualTo("2024-11-24T06:53");
  }

  @Test
  void theSiteDateAboveThePageIsNotThePublicationDate() {
    String page =
        String.join(
            "\n",
            "الخميس ١٥ أيار ٢٠٢٥",
            "وزارة التربية تعلن مواعيد امتحانات الشهادة الثانوية",
            "نشر بتاريخ: الأربعاء ٧ أيار ٢٠٢٥ - ١٠:٣١",
            PARA1);
    Article a = reader.read(page, "p.txt", diagnostics).get(0);
    assertThat(a.title()).isEqualTo("وزارة التربية تعلن مواعيد امتحانات الشهادة الثانوية");
    assertThat(a.published().iso()).isEqualTo("2025-05-07T10:31");
    assertThat(a.published().text()).isEqualTo("الأربعاء ٧ أيار ٢٠٢٥ - ١٠:٣١");
  }

  @Test
  void aBylineIsAnAuthorCreditAndNeverTheHeadline() {
    String page = String.join("\n", "بقلم/ سعاد محمود الكردي", "2/21/2018", PARA1, PARA2);
    Article a = reader.read(page, "p.txt", diagnostics).get(0);
    assertThat(a.credits()).containsExactly(new Credit(Role.AUTHOR, "سعاد محمود الكردي"));
    assertThat(a.title()).isEqualTo("أعلنت وزارة الزراعة، الأحد، بدء موسم حصاد القمح في السهول الشمالية");
    assertThat(a.provenance().notes()).contains("title derived from body");
    assertThat(a.published().iso()).isEqualTo("2018-02-21");
    assertThat(a.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void outletCreditsWithFollowWordsGiveTheSource() {
    Article underscored =
        reader.read(String.join("\n", "هطول أمطار غزيرة على المرتفعات الجنوبية", "المناطق_متابعات", PARA1), "p.txt", diagnostics).get(0);
    assertThat(underscored.source()).isEqualTo("المناطق");
    assertThat(underscored.body()).containsExactly(PARA1);

    Article exclusive =
        reader.read(String.join("\n", "هطول أمطار غزيرة على المرتفعات الجنوبية", "شمسان بوست / خاص: " + PARA1, PARA2), "p.txt", diagnostics).get(0);
    assertThat(exclusive.source()).isEqualTo("شمسان بوست");
    assertThat(exclusive.body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void aReadAlsoLinkInsideTheTextIsDroppedAndTheTextGoesOn() {
    String page =
        String.join(
            "\n",
            "وزارة الزراعة تعلن بدء موسم حصاد القمح وتتوقع إنتاجا قياسيا",
            "تاريخ النشر: 2024-06-02",
            PARA1,
            "اقرأ أيضا: ارتفاع أسعار الأسمدة في الأسواق المحلية",
            PARA2);
    List<Article> articles = reader.read(page, "p.txt", diagnostics);
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void aMarkerAloneThenAHeadlineThenTextIsAGluedArticleEvenWithoutFooter() {
    String page =
        String.join(
            "\n",
            "وزارة الزراعة تعلن بدء موسم حصاد القمح وتتوقع إنتاجا قياسيا",
            "تاريخ النشر: 2024-06-02",
            PARA1,
            "اقرأ أيضا:",
            "المطاحن ترفع طاقة التخزين في صوامع الجنوب",
            RELATED_PARA);
    List<Article> articles = reader.read(page, "p.txt", diagnostics);
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).body()).containsExactly(PARA1);
    assertThat(articles.get(1).title()).isEqualTo("المطاحن ترفع طاقة التخزين في صوامع الجنوب");
    assertThat(articles.get(1).published().iso()).isEqualTo("2024-06-06");
  }

  @Test
  void aMarkerAloneThenSeveralHeadlinesIsALinkBox() {
    String page =
        String.join(
            "\n",
            "وزارة الزراعة تعلن بدء موسم حصاد القمح وتتوقع إنتاجا قياسيا",
            "تاريخ النشر: 2024-06-02",
            PARA1,
            "اقرأ أيضا:",
            "المطاحن ترفع طاقة التخزين في صوامع الجنوب",
            "ارتفاع أسعار الأسمدة في الأسواق المحلية",
            PARA2);
    List<Article> articles = reader.read(page, "p.txt", diagnostics);
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).body()).containsExactly(PARA1, PARA2);
  }

  @Test
  void windows1256BytesAreDecoded() {
    byte[] bytes = SEED_LIKE.getBytes(Charset.forName("windows-1256"));
    List<Article> articles = reader.read(bytes, "p.txt", diagnostics);
    assertThat(articles.get(0).body()).containsExactly(PARA1, PARA2);
    assertThat(diagnostics.list()).extracting(Diagnostic::message).contains("not valid UTF-8; read as Windows-1256");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] text = SEED_LIKE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertThat(reader.read(bytes, "p.txt", diagnostics).get(0).title()).startsWith("وزارة الزراعة");
  }

  @Test
  void binaryEmptyAndHugeInputsAreReportedNotThrown() {
    assertThat(reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image.png", diagnostics)).isEmpty();
    assertThat(reader.read("   \n\n ", "empty.txt", diagnostics)).isEmpty();
    assertThat(reader.read(new byte[AggregatorPageReader.MAX_PAGE_BYTES + 1], "huge.txt", diagnostics)).isEmpty();
    assertThat(diagnostics.list())
        .extracting(Diagnostic::severity)
        .containsOnly(Diagnostic.Severity.ERROR)
        .hasSize(3);
  }
}
