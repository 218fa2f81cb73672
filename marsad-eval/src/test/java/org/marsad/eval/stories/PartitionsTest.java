package org.marsad.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionsTest {
  @Test
  void identicalPartitionsUnderOtherNamesAgreeFully() {
    Partitions.Agreement a = Partitions.bcubed(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "x", "c", "y"));
    assertThat(a.f1()).isCloseTo(1.0, within(1e-12));
    assertThat(a.items()).isEqualTo(3);
  }

  @Test
  void splittingAClusterCostsRecallNotPrecision() {
    Partitions.Agreement a = Partitions.bcubed(Map.of("a", "1", "b", "1"), Map.of("a", "x", "b", "y"));
    assertThat(a.precision()).isCloseTo(1.0, within(1e-12));
    assertThat(a.recall()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void itemsMissingFromEitherSideAreLeftOut() {
    assertThat(Partitions.bcubed(Map.of("a", "1", "b", "1"), Map.of("a", "x")).items()).isEqualTo(1);
  }
}
