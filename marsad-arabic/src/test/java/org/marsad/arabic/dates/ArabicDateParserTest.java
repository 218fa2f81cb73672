package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/** The API beyond single dates: several per text, hints, reference dates, sharing across threads. */
class ArabicDateParserTest {
  private final ArabicDateParser parser = new ArabicDateParser();

  @Test
  void findsEveryDateInOrderWithExactSpans() {
    String text = "بيروت - الأحد 24 نوفمبر 2024 - 06:53 ص، وفي 25/11/2024 عاد، ثم في كانون الثاني 2025.";
    List<DateMention> found = parser.findAll(text);
    assertThat(found).extracting(m -> m.span().of(text))
        .containsExactly("الأحد 24 نوفمبر 2024 - 06:53 ص", "25/11/2024", "كانون الثاني 2025");
    assertThat(found).extracting(m -> m.published().precision())
        .containsExactly(Precision.MINUTE, Precision.DAY, Precision.MONTH);
    ArabicDateParserRobustnessTest.assertWellFormed(text, found);
  }

  @Test
  void parseGivesTheFirstDate() {
    Published p = parser.parse("تحديث: 2024-01-30T10:15:00+03:00 ثم 31/01/2024").orElseThrow();
    assertThat(p.local()).isEqualTo(LocalDateTime.of(2024, 1, 30, 10, 15));
    assertThat(p.offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(p.iso()).isEqualTo("2024-01-30T10:15:00+03:00");
    assertThat(parser.parse("لا تاريخ هنا")).isEmpty();
    assertThat(parser.parse("")).isEmpty();
  }

  @Test
  void isoStringFollowsPrecision() {
    assertThat(parser.parse("30th, January 2024 GMT").orElseThrow().iso()).isEqualTo("2024-01-30");
    assertThat(parser.parse("الأحد 24 نوفمبر 2024 06:53 صباحاً").orElseThrow().iso()).isEqualTo("2024-11-24T06:53");
    assertThat(parser.parse("يناير 2024").orElseThrow().iso()).isEqualTo("2024-01-01");
  }

  @Test
  void hintDecidesOnlyAmbiguousNumericDates() {
    ArabicDateParser us = new ArabicDateParser(DateOrder.MONTH_FIRST);
    assertThat(us.parse("05/06/2024").orElseThrow().local().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(parser.parse("05/06/2024").orElseThrow().local().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 5));
    assertThat(parser.parse("05/06/2024", DateOrder.MONTH_FIRST).orElseThrow().local().toLocalDate())
        .isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(us.parse("30/01/2024").orElseThrow().local().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 30));
  }

  @Test
  void yearlessMentionsNeedAReference() {
    String text = "في السابع من تشرين الأول/أكتوبر الماضي";
    assertThat(parser.findAll(text)).isEmpty();
    assertThat(parser.findAll(text, DateOrder.DAY_FIRST, LocalDate.of(2024, 3, 1)))
        .extracting(m -> m.published().local().toLocalDate())
        .containsExactly(LocalDate.of(2023, 10, 7));
  }

  @Test
  void spanCoversTrailingDiacriticsButNotSurroundingText() {
    String text = "«الأحد ٢٤ نوفمبر ٢٠٢٤ ٠٦:٥٣ مساءً»";
    DateMention m = parser.findAll(text).get(0);
    assertThat(m.span().of(text)).isEqualTo("الأحد ٢٤ نوفمبر ٢٠٢٤ ٠٦:٥٣ مساءً");
    assertThat(m.published().local()).isEqualTo(LocalDateTime.of(2024, 11, 24, 18, 53));
  }

  @Test
  void rejectsNullArguments() {
    assertThatNullPointerException().isThrownBy(() -> parser.findAll("x", (DateOrder) null));
    assertThatNullPointerException().isThrownBy(() -> new ArabicDateParser(null));
  }

  @Test
  void oneInstanceIsSafeToShareAcrossThreads() {
    String text = "نشر بتاريخ: الأربعاء ٧ أيار ٢٠٢٥ - ١٠:٣١ و 2024-01-30T10:15:00Z";
    List<DateMention> expected = parser.findAll(text);
    List<List<DateMention>> results = IntStream.range(0, 2_000).parallel()
        .mapToObj(i -> parser.findAll(text)).toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    assertThat(expected).hasSize(2);
  }
}
