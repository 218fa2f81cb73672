package org.marsad.stories.related;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.marsad.stories.text.TermVector;

/** Synthetic term vectors with weight one, by term ranges. */
final class Vectors {
  private Vectors() {}

  static TermVector terms(long... terms) {
    float[] weights = new float[terms.length];
    Arrays.fill(weights, 1f);
    return TermVector.of(terms, weights);
  }

  /** Terms {@code from} to {@code to}, both included, plus {@code extra}. */
  static TermVector range(long from, long to, long... extra) {
    return terms(LongStream.concat(LongStream.rangeClosed(from, to), LongStream.of(extra)).toArray());
  }
}
