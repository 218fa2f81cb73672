package org.marsad.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.marsad.model.Precision;
import org.marsad.model.Published;

class MachineDatesTest {
  private static Published parse(String text) {
    return MachineDates.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
  }

  @Test
  void isoWithOffsetKeepsOffsetAndSeconds() {
    Published p = parse("2024-03-10T14:25:07+03:00");

    assertThat(p.iso()).isEqualTo("2024-03-10T14:25:07+03:00");
    assertThat(p.precision()).isEqualTo(Precision.SECOND);
    assertThat(p.text()).isEqualTo("2024-03-10T14:25:07+03:00");
  }

  @Test
  void isoOffsetWithoutColonFractionAndZ() {
    assertThat(parse("2024-03-10T14:25:07.123+0300").offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(parse("2024-03-10T14:25:07.123+0300").local()).isEqualTo(LocalDateTime.of(2024, 3, 10, 14, 25, 7));
    assertThat(parse("2024-03-10T14:25Z").iso()).isEqualTo("2024-03-10T14:25Z");
    assertThat(parse("2024-03-10 14:25 UTC").offset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aTimeWithoutAZoneHasNoOffset() {
    Published p = parse("2024-03-10 14:25");

    assertThat(p.offset()).isNull();
    assertThat(p.precision()).isEqualTo(Precision.MINUTE);
    assertThat(parse("2024-03-10T14:25:07").offset()).isNull();
  }

  @Test
  void aDateWithoutATimeIsADayNotAMidnight() {
    Published p = parse("2019-02-08");

    assertThat(p.precision()).isEqualTo(Precision.DAY);
    assertThat(p.offset()).isNull();
    assertThat(p.iso()).isEqualTo("2019-02-08");
  }

  @Test
  void aWrittenMidnightKeepsItsTime() {
    Published p = parse("2019-02-08T00:00:00+01:00");

    assertThat(p.precision()).isEqualTo(Precision.SECOND);
    assertThat(p.iso()).isEqualTo("2019-02-08T00:00:00+01:00");
  }

  @Test
  void yearAloneAndYearMonthKeepTheirPrecision() {
    assertThat(parse("2024").precision()).isEqualTo(Precision.YEAR);
    assertThat(parse("2024").local()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
    assertThat(parse("2024-11").precision()).isEqualTo(Precision.MONTH);
  }

  @Test
  void epochSecondsAndMillisAreUtc() {
    assertThat(parse("1700000000").iso()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(parse("1700000000123").iso()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(MachineDates.epoch(1_700_000_000L, "n").orElseThrow().offset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void rfc822WithTheZonesFeedsUse() {
    assertThat(parse("Sun, 12 May 2024 09:30:00 GMT").iso()).isEqualTo("2024-05-12T09:30:00Z");
    assertThat(parse("Sun, 24 Nov 2024 10:31:00 +0300").offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(parse("Sun, 24 Nov 2024 08:00:00 AST").offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(parse("24 Nov 24 08:00").precision()).isEqualTo(Precision.MINUTE);
    assertThat(parse("24 Nov 24 08:00").offset()).isNull();
  }

  @Test
  void arabicIndicDigitsAreDigits() {
    assertThat(parse("٢٠٢٤-٠٣-١٠").iso()).isEqualTo("2024-03-10");
    assertThat(parse("٢٠٢٤-٠٣-١٠").text()).isEqualTo("٢٠٢٤-٠٣-١٠");
  }

  @Test
  void whatIsNotAMachineDateIsEmpty() {
    assertThat(MachineDates.parse("الجمعة 8 فيفري 2019")).isEmpty();
    assertThat(MachineDates.parse("2024-13-45")).isEmpty();
    assertThat(MachineDates.parse("0001-01-01T00:00:00Z")).isEmpty();
    assertThat(MachineDates.parse("2024-03-10T14:25+25:00")).isEmpty();
    assertThat(MachineDates.parse("")).isEmpty();
    assertThat(MachineDates.parse(null)).isEmpty();
    assertThat(MachineDates.parse("1".repeat(MachineDates.MAX_LENGTH + 1))).isEmpty();
  }
}
