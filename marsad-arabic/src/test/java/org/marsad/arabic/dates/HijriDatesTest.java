package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Precision;

class HijriDatesTest {
  private final ArabicDateParser parser = new ArabicDateParser();

  static Stream<Arguments> hijri() {
    return TsvCases.read("hijri.tsv").stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hijri")
  void convertsWithUmmAlQura(String where, String input, String local, String precision, String matched) {
    List<DateMention> found = parser.findAll(input);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).published().local()).isEqualTo(LocalDateTime.parse(local));
    assertThat(found.get(0).published().precision()).isEqualTo(Precision.valueOf(precision));
    assertThat(found.get(0).published().text()).isEqualTo(matched);
  }

  @Test
  void knownUmmAlQuraDays() {
    assertThat(Hijri.toGregorian(1445, 9, 1)).contains(LocalDate.of(2024, 3, 11));
    assertThat(Hijri.toGregorian(1434, 10, 1)).contains(LocalDate.of(2013, 8, 8));
    assertThat(Hijri.toGregorian(1441, 1, 1)).contains(LocalDate.of(2019, 8, 31));
    assertThat(Hijri.yearOf(LocalDate.of(2024, 3, 11))).isEqualTo(1445);
  }

  @Test
  void impossibleHijriDaysAreNoDates() {
    assertThat(Hijri.toGregorian(1445, 13, 1)).isEmpty();
    assertThat(Hijri.toGregorian(1445, 9, 31)).isEmpty();
    assertThat(parser.findAll("35 رمضان 1445 هـ")).isEmpty();
  }

  @Test
  void aNumericHijriDateNeedsItsMark() {
    assertThat(parser.findAll("رقم القضية 14-09-1432 لدى المحكمة")).isEmpty();
  }

  @Test
  void halvesThatDisagreeStayTwoDates() {
    List<DateMention> found = parser.findAll("1 رمضان 1445 هـ الموافق 20 مارس 2024");

    assertThat(found).extracting(m -> m.published().local().toLocalDate())
        .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 20));
  }
}
