package org.marsad.stories.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sparse weighted stem vector: sorted distinct 64-bit term hashes (signed order) with their raw,
 * positive weights. For an article a weight is a term count in which title occurrences count
 * extra ({@link StoryTerms}); for a story centroid it is the members' mean count. Weighting
 * (sublinear tf, idf) happens when vectors are compared ({@link DocumentFrequencies#cosine}), so
 * stored vectors stay valid as document frequencies change. Immutable and thread-safe.
 */
public final class TermVector {
  public static final TermVector EMPTY = new TermVector(new long[0], new float[0]);

  /** No article or centroid comes near this; a larger count in a stream means corruption. */
  static final int MAX_SIZE = 1 << 20;

  private static final int INTEGRAL_WEIGHTS = 0;
  private static final int FLOAT_WEIGHTS = 1;

  private final long[] terms;
  private final float[] weights;

  /** Trusted: {@code terms} sorted and distinct, weights finite and positive, arrays not shared. */
  TermVector(long[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /**
   * A vector from parallel arrays in any order: weights of repeated terms add up, zero weights
   * are left out.
   *
   * @throws IllegalArgumentException if the lengths differ or a weight is negative, NaN or infinite
   */
  public static TermVector of(long[] terms, float[] weights) {
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("weights: length " + weights.length + " != terms length " + terms.length);
    }
    for (float w : weights) {
      if (!(w >= 0) || Float.isInfinite(w)) {
        throw new IllegalArgumentException("weights: must be finite and non-negative, got " + w);
      }
    }
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(terms[x], terms[y]));
    long[] t = new long[terms.length];
    float[] w = new float[terms.length];
    int n = 0;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (n > 0 && t[n - 1] == terms[i]) {
        w[n - 1] += weights[i];
      } else {
        t[n] = terms[i];
        w[n++] = weights[i];
      }
    }
    return compact(t, w, n);
  }

  /**
   * {@code ka × a + kb × b}, term by term; used to move a centroid towards a new member.
   *
   * @throws IllegalArgumentException if a factor is negative, NaN or infinite
   */
  public static TermVector linear(TermVector a, double ka, TermVector b, double kb) {
    if (!(ka >= 0) || !(kb >= 0) || Double.isInfinite(ka) || Double.isInfinite(kb)) {
      throw new IllegalArgumentException("factors: must be finite and non-negative, got " + ka + " and " + kb);
    }
    long[] t = new long[a.size() + b.size()];
    float[] w = new float[t.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int c = i == a.size() ? 1 : j == b.size() ? -1 : Long.compare(a.terms[i], b.terms[j]);
      t[n] = c <= 0 ? a.terms[i] : b.terms[j];
      double sum = (c <= 0 ? ka * a.weights[i++] : 0) + (c >= 0 ? kb * b.weights[j++] : 0);
      w[n++] = (float) Math.min(Float.MAX_VALUE, sum);
    }
    return compact(t, w, n);
  }

  /** The first {@code n} entries of sorted arrays, zero weights dropped. */
  static TermVector compact(long[] t, float[] w, int n) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (w[i] > 0) {
        t[m] = t[i];
        w[m++] = w[i];
      }
    }
    if (m == 0) {
      return EMPTY;
    }
    return new TermVector(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
  }

  public int size() {
    return terms.length;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  public long term(int i) {
    return terms[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  /** The position of {@code term}, or a negative number if it is absent. */
  public int indexOf(long term) {
    return Arrays.binarySearch(terms, term);
  }

  /** The raw weight of {@code term}, zero if absent. */
  public float weightOf(long term) {
    int i = indexOf(term);
    return i >= 0 ? weights[i] : 0f;
  }

  /**
   * The {@code n} terms of highest tf-idf under {@code df}, with their raw weights; ties go to
   * the lower term. This vector itself when it has no more than {@code n} terms.
   */
  public TermVector top(int n, DocumentFrequencies df) {
    if (n < 0) {
      throw new IllegalArgumentException("n: must not be negative, got " + n);
    }
    Objects.requireNonNull(df, "df");
    if (terms.length <= n) {
      return this;
    }
    double[] score = new double[terms.length];
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < terms.length; i++) {
      score[i] = DocumentFrequencies.tf(weights[i]) * df.idf(terms[i]);
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = Double.compare(score[y], score[x]);
      return c != 0 ? c : Long.compare(terms[x], terms[y]);
    });
    int[] kept = new int[n];
    for (int k = 0; k < n; k++) {
      kept[k] = order[k];
    }
    Arrays.sort(kept);
    long[] t = new long[n];
    float[] w = new float[n];
    for (int k = 0; k < n; k++) {
      t[k] = terms[kept[k]];
      w[k] = weights[kept[k]];
    }
    return new TermVector(t, w);
  }

  /**
   * Compact form: the size, the first term and the gaps between terms as variable-length
   * integers (hashes are uniform, so gaps save about log2(size) bits each), then the weights as
   * variable-length integers when all are whole numbers (every article vector) or as floats.
   */
  public void writeTo(DataOutput out) throws IOException {
    Varints.writeVarLong(out, terms.length);
    if (terms.length == 0) {
      return;
    }
    Varints.writeVarLong(out, terms[0]);
    for (int i = 1; i < terms.length; i++) {
      Varints.writeVarLong(out, terms[i] - terms[i - 1]);
    }
    boolean integral = true;
    for (float w : weights) {
      integral &= w == Math.rint(w) && w < Integer.MAX_VALUE;
    }
    out.writeByte(integral ? INTEGRAL_WEIGHTS : FLOAT_WEIGHTS);
    for (float w : weights) {
      if (integral) {
        Varints.writeVarLong(out, (long) w);
      } else {
        out.writeFloat(w);
      }
    }
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @throws IOException on a truncated stream or one that does not describe a valid vector
   */
  public static TermVector readFrom(DataInput in) throws IOException {
    int n = Varints.readCount(in, MAX_SIZE, "term vector size");
    if (n == 0) {
      return EMPTY;
    }
    long[] t = new long[n];
    t[0] = Varints.readVarLong(in);
    for (int i = 1; i < n; i++) {
      long gap = Varints.readVarLong(in);
      t[i] = t[i - 1] + gap;
      if (gap == 0 || t[i] < t[i - 1]) {
        throw new IOException("term vector terms not increasing at entry " + i);
      }
    }
    int kind = in.readUnsignedByte();
    if (kind != INTEGRAL_WEIGHTS && kind != FLOAT_WEIGHTS) {
      throw new IOException("unknown term vector weight encoding " + kind);
    }
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = kind == INTEGRAL_WEIGHTS ? Varints.readCount(in, Integer.MAX_VALUE, "weight") : in.readFloat();
      if (!(w[i] > 0) || Float.isInfinite(w[i])) {
        throw new IOException("term vector weight " + w[i] + " at entry " + i + " is not finite and positive");
      }
    }
    return new TermVector(t, w);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TermVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("TermVector[");
    for (int i = 0; i < terms.length; i++) {
      b.append(i == 0 ? "" : ", ").append(Long.toHexString(terms[i])).append('=').append(weights[i]);
    }
    return b.append(']').toString();
  }
}
