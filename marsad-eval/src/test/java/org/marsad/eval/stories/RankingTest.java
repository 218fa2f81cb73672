package org.marsad.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingTest {
  @Test
  void spearmanIsOneForAnyIncreasingFunctionAndMinusOneReversed() {
    double[] x = {1, 2, 3, 4, 5};
    assertThat(Ranking.spearman(x, new double[] {1, 4, 9, 16, 25})).isCloseTo(1.0, within(1e-12));
    assertThat(Ranking.spearman(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void tiesShareTheirAverageRank() {
    assertThat(Ranking.ranks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
    // Known value: x = 1..4, y with a tie in the middle gives rho = 0.9487 (Pearson on 1,2.5,2.5,4).
    assertThat(Ranking.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 20, 30})).isCloseTo(0.9487, within(1e-4));
  }

  @Test
  void ndcgIsOneForTheIdealOrderAndLowerOtherwise() {
    double[] gains = {3, 1, 2};
    assertThat(Ranking.ndcg(new double[] {0.9, 0.1, 0.5}, gains)).isCloseTo(1.0, within(1e-12));
    assertThat(Ranking.ndcg(new double[] {0.1, 0.9, 0.5}, gains)).isLessThan(0.8);
  }

  @Test
  void aConstantScoreEarnsNoCreditFromTies() {
    assertThat(Ranking.ndcg(new double[] {0.5, 0.5, 0.5}, new double[] {3, 1, 2}))
        .isCloseTo(Ranking.ndcg(new double[] {0.1, 0.9, 0.5}, new double[] {3, 1, 2}), within(1e-12));
  }
}
