package org.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void identicalTextsArePerfect() {
    ShingleMetric.Counts c = ShingleMetric.page("one two three four five", "one two three four five");
    assertThat(c.tp()).isEqualTo(1.0);
    assertThat(c.fp()).isZero();
    assertThat(c.fn()).isZero();
  }

  @Test
  void countsAreShinglesOfFourNormalizedPerPage() {
    // truth: 1 2 3 4 5 -> [1234, 2345]; predicted: 1 2 3 4 x -> [1234, 234x]
    ShingleMetric.Counts c = ShingleMetric.page("1 2 3 4 5", "1 2 3 4 x");
    assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void shortTextIsOneShingleEvenWhenEmpty() {
    assertThat(ShingleMetric.shingles("a b")).hasSize(1);
    assertThat(ShingleMetric.page("", "").tp()).isEqualTo(1.0);
    assertThat(ShingleMetric.page("some true text here", "").fn()).isEqualTo(0.5);
  }

  @Test
  void tokensAreUnicodeWordRunsWithoutPunctuation() {
    assertThat(ShingleMetric.tokens("قال الوزير، أمس: «نعم». It's 2019!")).containsExactly("قال", "الوزير", "أمس", "نعم", "It", "s", "2019");
  }

  @Test
  void repeatedShinglesCountAsMultisets() {
    ShingleMetric.Counts c = ShingleMetric.page("a b c d", "a b c d a b c d");
    // predicted shingles: abcd, bcda, cdab, dabc, abcd -> 1 true positive, 4 false positives
    assertThat(c.tp()).isCloseTo(0.2, within(1e-9));
    assertThat(c.fp()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void totalsSumNormalizedPages() {
    ShingleMetric.Totals t = new ShingleMetric.Totals();
    t.add(new ShingleMetric.Counts(1, 0, 0));
    t.add(new ShingleMetric.Counts(0.5, 0.5, 0));
    assertThat(t.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(t.recall()).isEqualTo(1.0);
    assertThat(t.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
  }
}
