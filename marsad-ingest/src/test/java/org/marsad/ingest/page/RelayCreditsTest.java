package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** The outlet that a relayed article names in its first words; the papers and stories are invented. */
class RelayCreditsTest {
  private static final String REST = "وأضافت الصحيفة أن البلدية ستراقب الأفران في الأحياء الشعبية للتأكد من الالتزام بالتسعيرة الجديدة.";

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ذكرت صحيفة “الأيام” في عددها الصادر اليوم أن رئيس البلدية دعا التجار إلى خفض أسعار الخبز. | الأيام",
        "نشرت جريدة «المرفأ» تقريرا عن أوضاع الصيادين في الميناء. | المرفأ",
        "وكشفت صحيفة الوادي في عددها الأسبوعي أن المشروع سيتأخر عاما آخر. | الوادي",
        "أفادت صحيفة نبض الساحل أن الميناء سيفتح أبوابه الشهر المقبل. | نبض الساحل",
        "وبحسب ما نشرته صحيفة “الأيام” فإن الأسعار ستنخفض قريبا. | الأيام",
        "نقلا عن موقع \"بوابة السهل\" قال مسؤول إن الطريق سيفتح غدا. | بوابة السهل"
      })
  void theOutletTheFirstWordsRelayIsTheSource(String paragraph, String outlet) {
    assertThat(RelayCredits.outlet(List.of(paragraph.strip(), REST))).isEqualTo(outlet.strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "دعا رئيس البلدية التجار إلى خفض أسعار الخبز، وفق ما ذكرت صحيفة “الأيام” في عددها الصادر اليوم.",
        "أعلنت البلدية خفض أسعار الخبز في الأحياء الشعبية ابتداء من الأسبوع المقبل.",
        "ذكرت مصادر محلية أن البلدية ستخفض أسعار الخبز."
      })
  void anOutletNamedLaterOrNoneGivesNoSource(String paragraph) {
    assertThat(RelayCredits.outlet(List.of(paragraph, REST))).isNull();
  }

  @Test
  void anUnquotedOutletFollowedByAGluedCommaIsTheSource() {
    assertThat(RelayCredits.outlet(List.of("وبحسب ما نشرته صحيفة الأيام، فإن الأسعار ستنخفض قريبا.", REST))).isEqualTo("الأيام");
  }

  @Test
  void onlyTheFirstParagraphCounts() {
    assertThat(RelayCredits.outlet(List.of("أعلنت البلدية خفض أسعار الخبز.", "ذكرت صحيفة “الأيام” في عددها أن الأسعار ستنخفض."))).isNull();
    assertThat(RelayCredits.outlet(List.of())).isNull();
  }

  @Test
  void aRelayedPageGetsItsSourceWithANote() {
    String page =
        String.join(
            "\n",
            "رئيس البلدية يدعو التجار إلى خفض أسعار الخبز",
            "ذكرت صحيفة “الأيام” في عددها الصادر اليوم أن رئيس البلدية دعا التجار إلى خفض أسعار الخبز بعد تراجع أسعار الدقيق في الموانئ.",
            REST);
    Article a = new AggregatorPageReader().read(page, "t", new Diagnostics()).get(0);

    assertThat(a.source()).isEqualTo("الأيام");
    assertThat(a.provenance().notes()).contains("source named by the article's first sentence");
  }

  @Test
  void aCreditLineWinsOverTheRelayedPaper() {
    String page =
        String.join(
            "\n",
            "رئيس البلدية يدعو التجار إلى خفض أسعار الخبز",
            "أنباء الوادي / خاص",
            "ذكرت صحيفة “الأيام” في عددها الصادر اليوم أن رئيس البلدية دعا التجار إلى خفض أسعار الخبز بعد تراجع أسعار الدقيق في الموانئ.",
            REST);
    Article a = new AggregatorPageReader().read(page, "t", new Diagnostics()).get(0);

    assertThat(a.source()).isEqualTo("أنباء الوادي");
    assertThat(a.provenance().notes()).doesNotContain("source named by the article's first sentence");
  }
}
