package org.marsad.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankOnSortedLatencies() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
    }
    Latencies l = Latencies.of(nanos, 2_000_000_000L);
    assertThat(l.p50Ms()).isEqualTo(50.0);
    assertThat(l.p95Ms()).isEqualTo(95.0);
    assertThat(l.p99Ms()).isEqualTo(99.0);
    assertThat(l.qps()).isCloseTo(50.0, within(1e-9));
    assertThat(nanos[0]).isEqualTo(100_000_000L);
  }

  @Test
  void nearestRankOfFewValuesIsAMeasuredValue() {
    long[] sorted = {10, 20, 30};
    assertThat(Latencies.nearestRank(sorted, 50)).isEqualTo(20);
    assertThat(Latencies.nearestRank(sorted, 99)).isEqualTo(30);
    assertThat(Latencies.nearestRank(new long[] {7}, 50)).isEqualTo(7);
  }
}
