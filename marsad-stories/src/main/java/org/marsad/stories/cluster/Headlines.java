package org.marsad.stories.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/**
 * The member that best stands for a story: the one closest to the centroid of the members'
 * unit-length tf-idf vectors. Its dot product with that centroid is the sum of its cosines to
 * all members, so this picks the report that shares most with the others, not a wide-ranging
 * one. Thread-safe (it reads {@code df} only).
 */
public final class Headlines {
  private Headlines() {}

  /**
   * The index of the most central member; ties go to the lowest index, so a story of members
   * that share nothing is labelled by its first.
   *
   * @throws IllegalArgumentException if {@code members} is empty
   */
  public static int mostCentral(List<TermVector> members, DocumentFrequencies df) {
    Objects.requireNonNull(df, "df");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members: must not be empty");
    }
    // Looked up only, never iterated: summation order is the members' order.
    Map<Long, Double> centroid = new HashMap<>();
    TfIdfVector[] unit = new TfIdfVector[members.size()];
    for (int m = 0; m < members.size(); m++) {
      unit[m] = TfIdfVector.of(members.get(m), df);
      for (int i = 0; i < unit[m].size(); i++) {
        centroid.merge(unit[m].term(i), unit[m].weight(i), Double::sum);
      }
    }
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < members.size(); m++) {
      double score = 0;
      for (int i = 0; i < unit[m].size(); i++) {
        score += unit[m].weight(i) * centroid.get(unit[m].term(i));
      }
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }
}
