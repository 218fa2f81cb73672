package org.marsad.eval.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReservoirTest {
  private static Reservoir<Integer> drawn(int n, long seed, int stream) {
    Reservoir<Integer> r = new Reservoir<>(n, seed);
    IntStream.range(0, stream).forEach(r::offer);
    return r;
  }

  @Test
  void theSameSeedDrawsTheSameSample() {
    assertThat(drawn(10, 7, 1000).items()).isEqualTo(drawn(10, 7, 1000).items()).hasSize(10).doesNotHaveDuplicates();
    assertThat(drawn(10, 7, 1000).items()).isNotEqualTo(drawn(10, 8, 1000).items());
  }

  @Test
  void aShortStreamIsKeptWhole() {
    assertThat(drawn(10, 7, 4).items()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void itemsLateInTheStreamAreDrawnToo() {
    // Uniform: over many seeds, the second half of the stream supplies about half of the sample.
    long late = 0;
    for (long seed = 0; seed < 200; seed++) {
      late += drawn(10, seed, 1000).items().stream().filter(i -> i >= 500).count();
    }
    assertThat(late).isBetween(800L, 1200L);
  }

  @Test
  void anEmptySampleIsRefused() {
    assertThatThrownBy(() -> new Reservoir<Integer>(0, 1)).hasMessageContaining("n");
  }
}
