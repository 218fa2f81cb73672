package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The composing grammar, one table per kind under {@code dates/grammar/}: intervals, parts of a period,
 * durations from the reference, seconds, night and prayer words, zones, holidays, a news day with a
 * time of day, months named without a year, counts back and ahead, Hijri days, and seasons and days of a month counted from the reference's. An empty zone cell uses the tagger's default zone.
 */
class TemporalGrammarTableTest {
  static Stream<Arguments> intervals() {
    return TsvCases.read("grammar/intervals.tsv").stream();
  }

  static Stream<Arguments> parts() {
    return TsvCases.read("grammar/parts.tsv").stream();
  }

  static Stream<Arguments> durations() {
    return TsvCases.read("grammar/durations.tsv").stream();
  }

  static Stream<Arguments> seconds() {
    return TsvCases.read("grammar/seconds.tsv").stream();
  }

  static Stream<Arguments> night() {
    return TsvCases.read("grammar/night.tsv").stream();
  }

  static Stream<Arguments> zones() {
    return TsvCases.read("grammar/timezones.tsv").stream();
  }

  static Stream<Arguments> holidays() {
    return TsvCases.read("grammar/holidays.tsv").stream();
  }

  static Stream<Arguments> newsDays() {
    return TsvCases.read("grammar/newsday.tsv").stream();
  }

  static Stream<Arguments> yearParts() {
    return TsvCases.read("grammar/yearparts.tsv").stream();
  }

  static Stream<Arguments> hijriDays() {
    return TsvCases.read("grammar/hijridays.tsv").stream();
  }

  static Stream<Arguments> seasons() {
    return TsvCases.read("grammar/seasons.tsv").stream();
  }

  static Stream<Arguments> counts() {
    return TsvCases.read("grammar/counts.tsv").stream();
  }

  static Stream<Arguments> yearlessMonths() {
    return TsvCases.read("grammar/yearless_months.tsv").stream();
  }

  @ParameterizedTest(name = "{0}: {1} ({4})")
  @MethodSource({"intervals", "parts", "durations", "seconds", "night", "zones", "holidays", "newsDays",
      "yearlessMonths", "yearParts", "counts", "hijriDays", "seasons"})
  void resolvesAgainstTheReference(String where, String text, String matched, String reference, String lean,
      String start, String end, String grain, String zone) {
    List<TemporalExpression> found = tag(text, reference, lean, zone);

    assertThat(found).as("expressions in %s", text).extracting(TemporalExpression::text).contains(matched);
    TemporalExpression e = found.stream().filter(x -> x.text().equals(matched)).findFirst().orElseThrow();
    assertThat(e.start()).as("start").isEqualTo(LocalDateTime.parse(start));
    assertThat(e.grain()).as("grain").isEqualTo(Grain.valueOf(grain));
    if (!end.isEmpty()) {
      assertThat(e.end()).as("end").isEqualTo(LocalDateTime.parse(end));
    }
  }

  static Stream<Arguments> none() {
    return TsvCases.read("grammar/none.tsv").stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("none")
  void findsNothingInWordsUsedOtherwise(String where, String text, String reference, String lean) {
    assertThat(tag(text, reference, lean, "")).as("expressions in %s", text).isEmpty();
  }

  static List<TemporalExpression> tag(String text, String reference, String lean, String zone) {
    TemporalTagger tagger = new TemporalTagger(Lean.valueOf(lean));
    LocalDateTime ref = LocalDateTime.parse(reference);
    return zone.isEmpty() ? tagger.tag(text, ref) : tagger.tag(text, ref, ZoneOffset.of(zone));
  }
}
