package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Precision;
import org.marsad.model.Published;

class TemporalTaggerTest {
  private static final String TEXT = "قال الوزير أمس إن المحادثات ستستأنف الإثنين المقبل، بعد ثلاثة أيام من وصول الوفد، وقبل يومين قال الوزير.";

  private final TemporalTagger tagger = new TemporalTagger();

  @Test
  void relativeExpressionsFollowTheReferenceNotTheClock() {
    List<TemporalExpression> in1990 = tagger.tag(TEXT, LocalDateTime.of(1990, 5, 15, 9, 0));
    List<TemporalExpression> in2024 = tagger.tag(TEXT, LocalDateTime.of(2024, 1, 30, 9, 0));

    assertThat(in1990).extracting(TemporalExpression::text).containsExactly("أمس", "الإثنين المقبل", "قبل يومين");
    assertThat(in1990).extracting(e -> e.start().toLocalDate().toString())
        .containsExactly("1990-05-14", "1990-05-21", "1990-05-13");
    assertThat(in2024).extracting(e -> e.start().toLocalDate().toString())
        .containsExactly("2024-01-29", "2024-02-05", "2024-01-28");
  }

  @Test
  void thePublishedDateIsTheReference() {
    Published published = new Published(LocalDateTime.of(2024, 1, 30, 0, 0), null, "2024-01-30", Precision.DAY);

    assertThat(tagger.tag("اجتمعوا اليوم", published)).singleElement()
        .satisfies(e -> assertThat(e.start()).isEqualTo(LocalDateTime.of(2024, 1, 30, 0, 0)));
  }

  @Test
  void spansPointIntoTheTextAsGiven() {
    String text = "وصل الوفدُ أمسِ إلى عمّان";
    TemporalExpression e = tagger.tag(text, LocalDateTime.of(2024, 1, 30, 0, 0)).get(0);

    assertThat(e.text()).isEqualTo("أمسِ");
    assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
  }

  @Test
  void wordsThatOnlyLookTemporalAreLeftAlone() {
    assertThat(tagger.tag("قال أحد المسؤولين إن سبت الفاكهة فارغ", LocalDateTime.of(2024, 1, 30, 0, 0))).isEmpty();
    assertThat(tagger.tag("فاز الفريق 3 مقابل 1", LocalDateTime.of(2024, 1, 30, 0, 0))).isEmpty();
  }

  @Test
  void explicitDatesKeepTheirYear() {
    List<TemporalExpression> found = tagger.tag("في 15 مارس 2011 بدأت الاحتجاجات", LocalDateTime.of(2024, 1, 30, 0, 0));

    assertThat(found).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo(LocalDateTime.of(2011, 3, 15, 0, 0));
      assertThat(e.grain()).isEqualTo(Grain.DAY);
    });
  }

  @Test
  void aFullStopAfterAnArabicMonthEndsTheSentenceNotTheDate() {
    String text = "وقع الهجوم في السابع من تشرين الأول/أكتوبر. ثم";
    TemporalExpression e = tagger.tag(text, LocalDateTime.of(2024, 1, 30, 0, 0)).get(0);

    assertThat(e.text()).isEqualTo("السابع من تشرين الأول/أكتوبر");
    assertThat(e.start()).isEqualTo(LocalDateTime.of(2023, 10, 7, 0, 0));
  }

  @Test
  void anAbbreviatedLatinMonthKeepsItsDot() {
    TemporalExpression e = tagger.tag("on 5 Jan. 2024 the", LocalDateTime.of(2024, 1, 30, 0, 0)).get(0);

    assertThat(e.text()).isEqualTo("5 Jan. 2024");
  }
}
