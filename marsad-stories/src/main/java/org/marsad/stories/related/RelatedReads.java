package org.marsad.stories.related;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TfIdfVector;

/**
 * A short list of related reads for an article, chosen greedily in the manner of maximal
 * marginal relevance (Carbonell and Goldstein, SIGIR 1998): each pick is the candidate of
 * highest value, its relatedness times its recency, discounted by {@link #SOURCE_PENALTY} for
 * every pick already from its outlet and by its topical similarity to the closest pick.
 * Candidates less related than {@link #MIN_RELATEDNESS}, and copies (topical cosine of at least
 * {@link #NEAR_IDENTICAL} to the article or to a pick), are left out. Ties go to the lower
 * index. Thread-safe (it reads {@code df} only).
 */
public final class RelatedReads {
  /**
   * Below the relatedness of most article pairs rated "same topic" in the dev pairs, and above
   * that of all but the closest pairs rated "unrelated".
   */
  static final double MIN_RELATEDNESS = 0.15;
  /** Copies and light rewrites of one text; wire stories rewritten by an outlet stay below. */
  static final double NEAR_IDENTICAL = 0.9;
  /** A second pick from one outlet needs twice the value of a pick from a new outlet. */
  static final double SOURCE_PENALTY = 0.5;
  /** How much a pick's similarity to an earlier pick takes off (MMR's 1 − λ). */
  static final double REDUNDANCY = 0.5;
  /** Recency halves its distance to {@link #RECENCY_FLOOR} with every week of age. */
  static final Duration RECENCY_HALF_LIFE = Duration.ofDays(7);
  /** Age alone never takes off more than half: an old explainer can still be the best read. */
  static final double RECENCY_FLOOR = 0.5;

  private RelatedReads() {}

  /**
   * Up to {@code limit} indexes into {@code candidates}, best first. Age is measured from the
   * newest time among the article and the candidates; a candidate without a time counts as a
   * half-life old. A candidate without a source is never penalized as a repeat.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static List<Integer> choose(
      RelatedInput target, List<RelatedInput> candidates, DocumentFrequencies df, int limit) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(df, "df");
    if (limit < 0) {
      throw new IllegalArgumentException("limit: must not be negative, got " + limit);
    }
    TfIdfVector article = Relatedness.vector(target, df);
    long newest = newest(target, candidates);
    int n = candidates.size();
    TfIdfVector[] vectors = new TfIdfVector[n];
    double[] value = new double[n];
    boolean[] open = new boolean[n];
    for (int i = 0; i < n; i++) {
      RelatedInput c = candidates.get(i);
      vectors[i] = Relatedness.vector(c, df);
      double relatedness = Relatedness.score(article, target, vectors[i], c);
      open[i] = relatedness >= MIN_RELATEDNESS && article.cosine(vectors[i]) < NEAR_IDENTICAL;
      value[i] = relatedness * recency(c.time(), newest);
    }
    List<Integer> chosen = new ArrayList<>();
    // Looked up only: how many picks each outlet has.
    Map<String, Integer> picksBySource = new HashMap<>();
    double[] closest = new double[n];
    while (chosen.size() < limit) {
      int best = -1;
      double bestValue = 0;
      for (int i = 0; i < n; i++) {
        if (open[i]) {
          String source = candidates.get(i).source();
          int repeats = source == null ? 0 : picksBySource.getOrDefault(source, 0);
          double v = value[i] * Math.pow(SOURCE_PENALTY, repeats) * (1 - REDUNDANCY * closest[i]);
          if (best < 0 || v > bestValue) {
            best = i;
            bestValue = v;
          }
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      open[best] = false;
      String source = candidates.get(best).source();
      if (source != null) {
        picksBySource.merge(source, 1, Integer::sum);
      }
      for (int i = 0; i < n; i++) {
        if (open[i]) {
          closest[i] = Math.max(closest[i], vectors[i].cosine(vectors[best]));
          open[i] = closest[i] < NEAR_IDENTICAL;
        }
      }
    }
    return List.copyOf(chosen);
  }

  /** {@link #RECENCY_FLOOR} plus the rest halved for every half-life of age. */
  static double recency(@Nullable Instant time, long newest) {
    double halfLives = time == null
        ? 1
        : Math.max(0, newest - time.getEpochSecond()) / (double) RECENCY_HALF_LIFE.getSeconds();
    return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * Math.pow(2, -halfLives);
  }

  private static long newest(RelatedInput target, List<RelatedInput> candidates) {
    long newest = target.time() != null ? target.time().getEpochSecond() : Long.MIN_VALUE;
    for (RelatedInput c : candidates) {
      if (c.time() != null) {
        newest = Math.max(newest, c.time().getEpochSecond());
      }
    }
    return newest;
  }
}
