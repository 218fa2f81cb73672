package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Credit.Role;
import org.marsad.model.Diagnostics;

/** Credit lines without a label ({@code credit-shapes.tsv}), and the shapes that carry a headline or a date. */
class CreditShapesTest {
  private final LineClassifier classifier = new LineClassifier(PageLexicon.defaults(), new ArabicDateParser());
  private final AggregatorPageReader reader = new AggregatorPageReader();

  private static final String LEAD =
      "تعتزم وزارة المياه إطلاق خطة طارئة لمواجهة الجفاف في المحافظات الشرقية تشمل حفر عشرين بئرا جديدة وتوزيع خزانات على القرى الأكثر تضررا من شح الأمطار هذا العام.";
  private static final String SECOND = "وقال وكيل الوزارة إن الخطة ستنفذ على ثلاث مراحل تبدأ الشهر المقبل بتمويل من صندوق التنمية الريفية.";

  static Stream<Arguments> creditShapes() throws IOException {
    try (InputStream in = CreditShapesTest.class.getResourceAsStream("/page/credit-shapes.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(cols -> Arguments.of(cols[0], cols.length > 1 ? cols[1] : "", cols.length > 2 ? cols[2] : ""))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0} → [{1}] [{2}]")
  @MethodSource("creditShapes")
  void aLineGivesTheSourceAndDateOfItsShape(String line, String source, String date) {
    LineFacts facts = classifier.classify(PageLine.of(1, line), SiteTemplate.NONE);
    List<String> sources = facts.credits().stream().filter(c -> c.role() == Role.SOURCE).map(Credit::name).toList();
    if (source.isEmpty()) {
      assertThat(sources).as("no source credit").isEmpty();
    } else {
      assertThat(facts.kind()).isEqualTo(LineFacts.Kind.META);
      assertThat(sources).containsExactly(source);
    }
    if (date.isEmpty()) {
      assertThat(facts.date()).isNull();
    } else {
      assertThat(facts.date()).isNotNull();
      assertThat(facts.date().published().iso()).isEqualTo(date);
    }
  }

  @Test
  void theTableHasPositiveAndNegativeRows() throws IOException {
    List<Arguments> rows = creditShapes().toList();
    assertThat(rows).hasSizeGreaterThan(30);
    assertThat(rows).anyMatch(r -> ((String) r.get()[1]).isEmpty()).anyMatch(r -> !((String) r.get()[1]).isEmpty());
  }

  @Test
  void aWordPressRepostLineGivesTheOutletAndCarriesTheHeadline() {
    LineFacts facts =
        classifier.classify(PageLine.of(9, "The post وزارة المياه تطلق خطة طارئة لمواجهة الجفاف appeared first on نبض الساحل."));
    assertThat(facts.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(facts.credits()).containsExactly(new Credit(Role.SOURCE, "نبض الساحل"));
    assertThat(facts.headline()).isEqualTo("وزارة المياه تطلق خطة طارئة لمواجهة الجفاف");
  }

  @Test
  void aPageWithoutHeadlineTakesItsTitleFromTheWordPressRepostLine() {
    String page =
        String.join("\n", LEAD, SECOND, "The post وزارة المياه تطلق خطة طارئة لمواجهة الجفاف appeared first on نبض الساحل.");
    Article a = reader.read(page, "t", new Diagnostics()).get(0);

    assertThat(a.title()).isEqualTo("وزارة المياه تطلق خطة طارئة لمواجهة الجفاف");
    assertThat(a.source()).isEqualTo("نبض الساحل");
    assertThat(a.body()).containsExactly(LEAD, SECOND);
    assertThat(a.provenance().notes()).doesNotContain("title derived from body");
  }

  @Test
  void aFollowLineCarriesTheTextThatFollowsItOnTheSameLine() {
    LineFacts facts = classifier.classify(PageLine.of(2, "أنباء الوادي/ متابعات: أعلنت السلطة المحلية افتتاح الجسر الجديد"));
    assertThat(facts.credits()).containsExactly(new Credit(Role.SOURCE, "أنباء الوادي"));
    assertThat(facts.value()).isEqualTo("أعلنت السلطة المحلية افتتاح الجسر الجديد");
  }

  @Test
  void aParenthesisDatelineOnAPageGivesTheSourceAndStaysOutOfTheBody() {
    String page = String.join("\n", "وزارة المياه تطلق خطة طارئة لمواجهة الجفاف", "المكلا ( أخبار الشحر ) متابعات :", LEAD, SECOND);
    Article a = reader.read(page, "t", new Diagnostics()).get(0);

    assertThat(a.title()).isEqualTo("وزارة المياه تطلق خطة طارئة لمواجهة الجفاف");
    assertThat(a.source()).isEqualTo("أخبار الشحر");
    assertThat(a.body()).containsExactly(LEAD, SECOND);
  }

  @Test
  void outletNamesLoseQuotesAndTheWordForNewspaper() {
    assertThat(Outlets.clean("صحيفة “النهار الجديد”")).isEqualTo("النهار الجديد");
    assertThat(Outlets.clean("جريدة «الوادي»")).isEqualTo("الوادي");
    assertThat(Outlets.clean(" \"المرفأ\" ")).isEqualTo("المرفأ");
    assertThat(Outlets.clean("صحيفة")).isEqualTo("صحيفة");
    assertThat(Outlets.clean("صحيفتنا اليومية")).isEqualTo("صحيفتنا اليومية");
  }

  @ParameterizedTest
  @ValueSource(strings = {"صنعاء/ //", "عدن //  //", "المكلا ( )", "الحديدة (\u2003)", "__متابعات"})
  void aCreditShapeWithAnEmptyOutletSlotIsNoCreditAndNeverThrows(String line) {
    String page = String.join("\n", "وزارة المياه تطلق خطة طارئة لمواجهة الجفاف", line, LEAD, SECOND);

    assertThatCode(() -> reader.read(page, "t", new Diagnostics())).doesNotThrowAnyException();
    assertThatCode(() -> new SiteTemplates().add("t", null, page)).doesNotThrowAnyException();
  }

  @Test
  void anOutletDatelineRightBeforeADateLabelGivesSourceAndDate() {
    LineFacts facts = classifier.classify(PageLine.of(1, "صدى المرافئ - عدن بتاريخ: 23-06-2016 | القراءات: 120"));

    assertThat(facts.kind()).isEqualTo(LineFacts.Kind.META);
    assertThat(facts.credits()).containsExactly(new Credit(Role.SOURCE, "صدى المرافئ"));
    assertThat(facts.date().published().iso()).isEqualTo("2016-06-23");
  }

  @Test
  void aHeadlineEndingWithADurationIsNotAnOutletWithItsAge() {
    String headline = "مدينة بلا كهرباء منذ 5 أيام";
    String lead =
        "يعيش سكان المدينة منذ خمسة أيام بلا كهرباء بعد عطل أصاب محطة التوليد الرئيسية، فيما تقول المؤسسة إن فرقها تعمل على مدار الساعة لإصلاح الأعطال.";
    Article a = reader.read(String.join("\n", headline, "الأحد 23 يونيو 2024", lead), "t", new Diagnostics()).get(0);

    assertThat(a.source()).isNull();
    assertThat(a.title()).isEqualTo(headline);
  }
}
