package org.marsad.eval.stories;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics: Spearman's rho with tied ranks averaged, and nDCG. */
final class Ranking {
  private Ranking() {}

  /** Spearman's rho: Pearson's correlation of the ranks, ties sharing their average rank. */
  static double spearman(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y: lengths differ, " + x.length + " and " + y.length);
    }
    return pearson(ranks(x), ranks(y));
  }

  static double[] ranks(double[] v) {
    Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double[] ranks = new double[v.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = average;
      }
      i = j + 1;
    }
    return ranks;
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * nDCG of the order {@code scores} give, graded by {@code gains} (exponential gain 2^g - 1, log2
   * discount); ties in the scores are broken against the ranking (worst case), so a constant score
   * earns no credit.
   */
  static double ndcg(double[] scores, double[] gains) {
    Integer[] byScore = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byScore, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingDouble(i -> gains[i]));
    Integer[] ideal = IntStream.range(0, gains.length).boxed().toArray(Integer[]::new);
    Arrays.sort(ideal, Comparator.comparingDouble(i -> -gains[i]));
    double dcg = 0;
    double best = 0;
    for (int r = 0; r < scores.length; r++) {
      double discount = Math.log(r + 2) / Math.log(2);
      dcg += (Math.pow(2, gains[byScore[r]]) - 1) / discount;
      best += (Math.pow(2, gains[ideal[r]]) - 1) / discount;
    }
    return best == 0 ? 0 : dcg / best;
  }
}
