package org.marsad.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Precision;
import org.marsad.model.Published;

class MetaDatesTest {
  private final MetaDates dates = new MetaDates(new ArabicDateParser());

  @Test
  void isoWithOffsetKeepsOffsetAndSeconds() {
    Published p = dates.parse("2024-03-10T14:25:07+03:00");

    assertThat(p.iso()).isEqualTo("2024-03-10T14:25:07+03:00");
    assertThat(p.precision()).isEqualTo(Precision.SECOND);
  }

  @Test
  void isoOffsetWithoutColonFractionAndZ() {
    assertThat(dates.parse("2024-03-10T14:25:07.123+0300").offset()).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(dates.parse("2024-03-10T14:25Z").iso()).isEqualTo("2024-03-10T14:25Z");
  }

  @Test
  void spaceSeparatedLocalTimeHasNoOffset() {
    Published p = dates.parse("2024-03-10 14:25");

    assertThat(p.offset()).isNull();
    assertThat(p.precision()).isEqualTo(Precision.MINUTE);
  }

  @Test
  void midnightIsADay() {
    assertThat(dates.parse("2019-02-08T00:00:00+01:00").precision()).isEqualTo(Precision.DAY);
    assertThat(dates.parse("2019-02-08").iso()).isEqualTo("2019-02-08");
  }

  @Test
  void epochSecondsAndRfc1123() {
    assertThat(dates.parse("1700000000").iso()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(dates.parse("Sun, 12 May 2024 09:30:00 GMT").iso()).isEqualTo("2024-05-12T09:30:00Z");
  }

  @Test
  void arabicTextGoesToTheArabicParser() {
    assertThat(dates.parse("الأحد، ١٢ مايو ٢٠٢٤ ٠٣:١٥ م").iso()).isEqualTo("2024-05-12T15:15");
    assertThat(dates.parse("الجمعة 8 فيفري 2019").iso()).isEqualTo("2019-02-08");
  }

  @Test
  void nonsenseIsNull() {
    assertThat(dates.parse("قريبا")).isNull();
    assertThat(dates.parse("2024-13-45")).isNull();
  }
}
