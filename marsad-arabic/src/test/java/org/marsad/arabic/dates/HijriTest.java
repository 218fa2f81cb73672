package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HijriTest {
  @Test
  void firstOfRamadan1445IsTheEleventhOfMarch2024() {
    assertThat(Hijri.of(LocalDate.of(2024, 3, 11))).isEqualTo(new Hijri.Day(1445, 9, 1));
  }

  @Test
  void ofIsTheInverseOfToGregorian() {
    for (LocalDate d = LocalDate.of(2023, 12, 1); d.isBefore(LocalDate.of(2024, 3, 1)); d = d.plusDays(1)) {
      Hijri.Day h = Hijri.of(d);
      assertThat(Hijri.toGregorian(h.year(), h.month(), h.day())).contains(d);
    }
  }
}
