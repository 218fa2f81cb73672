package org.marsad.stories.dedup;

/**
 * Estimates from two MinHash signatures. Thread-safe (pure functions).
 *
 * <p>Slots are compared on their low 16 bits only, because that is all a {@link Fingerprint}
 * keeps: b-bit minwise hashing (Li and König, "b-Bit Minwise Hashing", WWW 2010). Two different
 * minima agree on 16 bits by chance with probability 2<sup>-16</sup>, which shifts a resemblance
 * estimate by under 0.0001, while the signature's memory and stored bytes halve; an LSH band of two
 * slots still keys on 32 bits. Comparing the same bits
 * everywhere keeps {@link DuplicateRule#judge} and {@link DuplicateIndex#add} in exact agreement.
 */
final class Similarity {
  private Similarity() {}

  static boolean agree(int a, int b) {
    return (short) a == (short) b;
  }

  static int agreements(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (agree(a[i], b[i])) {
        same++;
      }
    }
    return same;
  }

  /**
   * Estimated containment of the smaller shingle set in the larger, from the resemblance J and the
   * set sizes: |A∩B| = J(|A|+|B|)/(1+J), divided by min(|A|,|B|), capped at 1 (the estimate of J
   * is noisy). Zero when either set is empty.
   */
  static double containment(double resemblance, int shinglesA, int shinglesB) {
    int smaller = Math.min(shinglesA, shinglesB);
    if (smaller <= 0) {
      return 0.0;
    }
    double intersection = resemblance * ((double) shinglesA + shinglesB) / (1.0 + resemblance);
    return Math.min(1.0, intersection / smaller);
  }
}
