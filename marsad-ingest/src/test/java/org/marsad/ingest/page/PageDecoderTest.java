package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** Lines split where a scraper glued a source label to the text before it; the stories are invented. */
class PageDecoderTest {
  private final PageDecoder decoder = new PageDecoder();

  private static final String PARA =
      "وصلت صباح اليوم شحنة جديدة من الأدوية والمستلزمات الطبية إلى مستشفى المدينة العام، تكفي لتغطية احتياجات أقسام الطوارئ والأطفال لمدة ثلاثة أشهر. انتهى.";
  private static final String SECOND =
      "وقال مدير المستشفى إن الشحنة تضم أدوية الأمراض المزمنة التي شهدت نقصا حادا خلال الفترة الماضية في صيدليات المدينة.";

  private List<String> lines(String text) {
    return decoder.lines(text, "t", new Diagnostics()).stream().map(PageLine::text).toList();
  }

  @Test
  void aTrailingSourceLabelGetsALineOfItsOwn() {
    assertThat(lines(PARA + " المصدر: وكالة أنباء السهل")).containsExactly(PARA, "المصدر: وكالة أنباء السهل");
    assertThat(lines(PARA + " (مصدر الخبر: بوابة السهل)")).containsExactly(PARA, "(مصدر الخبر: بوابة السهل)");
  }

  @Test
  void bothLinesKeepTheNumberOfTheLineTheyCameFrom() {
    List<PageLine> split = decoder.lines("العنوان\n" + PARA + " المصدر: وكالة أنباء السهل", "t", new Diagnostics());
    assertThat(split).extracting(PageLine::number).containsExactly(1, 2, 2);
  }

  @Test
  void aSentenceAboutASourceIsNotSplit() {
    String sentence = "وقال المصدر: إن الاجتماع الذي عقد أمس في مقر الوزارة لم يسفر عن أي نتائج ملموسة حتى الآن";
    assertThat(lines(sentence)).containsExactly(sentence);
    assertThat(lines("المصدر: وكالة أنباء السهل")).containsExactly("المصدر: وكالة أنباء السهل");
  }

  @Test
  void aLabelGluedToTheWordBeforeItIsSplit() {
    assertThat(lines("بوابة السهلالمصدر: وكالة أنباء السهل")).containsExactly("بوابة السهل", "المصدر: وكالة أنباء السهل");
  }

  @Test
  void aTrailingLabelOnAPageIsASourceCreditNotBodyText() {
    String page = String.join("\n", "وصول شحنة أدوية إلى مستشفى المدينة العام", PARA + " المصدر: وكالة أنباء السهل", SECOND);
    Article a = new AggregatorPageReader().read(page, "t", new Diagnostics()).get(0);

    assertThat(a.source()).isEqualTo("وكالة أنباء السهل");
    assertThat(a.body()).containsExactly(PARA, SECOND);
  }
}
