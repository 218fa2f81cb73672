package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Precision;
import org.marsad.model.Published;

class ArabicDateParserTableTest {
  private static final LocalDate REFERENCE = LocalDate.of(2024, 11, 30);

  private final ArabicDateParser parser = new ArabicDateParser();

  static Stream<Arguments> found() {
    return TsvCases.read("found.tsv").stream();
  }

  static Stream<Arguments> monthFirst() {
    return TsvCases.read("month_first.tsv").stream();
  }

  static Stream<Arguments> yearless() {
    return TsvCases.read("yearless.tsv").stream();
  }

  static Stream<Arguments> none() {
    return TsvCases.read("none.tsv").stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("found")
  void findsTheOneDate(String where, String input, String local, String precision, String zone, String matched) {
    check(parser.findAll(input), input, local, precision, zone, matched);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("monthFirst")
  void readsMonthFirstWhenHinted(
      String where, String input, String local, String precision, String zone, String matched) {
    check(parser.findAll(input, DateOrder.MONTH_FIRST), input, local, precision, zone, matched);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("yearless")
  void datesYearlessMentionsNearTheReference(
      String where, String input, String local, String precision, String zone, String matched) {
    check(parser.findAll(input, DateOrder.DAY_FIRST, REFERENCE), input, local, precision, zone, matched);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("none")
  void findsNothing(String where, String input) {
    assertThat(parser.findAll(input)).isEmpty();
    assertThat(parser.parse(input)).isEmpty();
  }

  private static void check(
      List<DateMention> found, String input, String local, String precision, String zone, String matched) {
    assertThat(found).hasSize(1);
    DateMention mention = found.get(0);
    Published p = mention.published();
    assertThat(mention.span().of(input)).isEqualTo(matched);
    assertThat(p.text()).isEqualTo(matched);
    assertThat(p.local()).isEqualTo(local(local));
    assertThat(p.precision()).isEqualTo(Precision.valueOf(precision));
    assertThat(p.offset()).isEqualTo(zone.isEmpty() ? null : ZoneOffset.of(zone));
  }

  private static LocalDateTime local(String iso) {
    return iso.contains("T") ? LocalDateTime.parse(iso) : LocalDate.parse(iso).atStartOfDay();
  }
}
