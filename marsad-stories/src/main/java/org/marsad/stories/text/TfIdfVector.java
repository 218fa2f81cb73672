package org.marsad.stories.text;

import org.marsad.stories.io.Snapshots;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * A term vector's unit-length tf-idf weights under the document frequencies of one moment, for
 * comparing one vector with many: {@link #cosine} is then a merge of two sorted arrays with no
 * table look-ups. The weights do not follow later changes to the table. Immutable and
 * thread-safe.
 */
public final class TfIdfVector {
  public static final TfIdfVector EMPTY = new TfIdfVector(new long[0], new double[0]);

  private final long[] terms;
  private final double[] weights;

  private TfIdfVector(long[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** The weights of {@code v} under {@code df}, scaled to length one; empty for an empty vector. */
  public static TfIdfVector of(TermVector v, DocumentFrequencies df) {
    Objects.requireNonNull(v, "v");
    Objects.requireNonNull(df, "df");
    if (v.isEmpty()) {
      return EMPTY;
    }
    long[] t = new long[v.size()];
    double[] w = new double[v.size()];
    double sum = 0;
    for (int i = 0; i < t.length; i++) {
      t[i] = v.term(i);
      w[i] = DocumentFrequencies.tf(v.weight(i)) * df.idf(t[i]);
      sum += w[i] * w[i];
    }
    double norm = Math.sqrt(sum);
    for (int i = 0; i < w.length; i++) {
      w[i] /= norm;
    }
    return new TfIdfVector(t, w);
  }

  public int size() {
    return terms.length;
  }

  public long term(int i) {
    return terms[i];
  }

  /** The unit-length weight of the i-th term. */
  public double weight(int i) {
    return weights[i];
  }

  /** The cosine of the two vectors: in [0, 1], zero if either is empty. */
  public double cosine(TfIdfVector o) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < o.terms.length) {
      int c = Long.compare(terms[i], o.terms[j]);
      if (c == 0) {
        dot += weights[i++] * o.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** Writes the terms and weights exactly, for {@link #readFrom}. */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.writeLong(terms[i]);
      out.writeDouble(weights[i]);
    }
  }

  /** Reads what {@link #writeTo} wrote: the same weights, not weights under today's frequencies. */
  public static TfIdfVector readFrom(DataInput in) throws IOException {
    int n = Snapshots.count(in, "tf-idf vector");
    if (n == 0) {
      return EMPTY;
    }
    long[] t = new long[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = in.readLong();
      w[i] = in.readDouble();
      if (i > 0 && t[i] <= t[i - 1]) {
        throw new IOException("tf-idf vector terms not increasing at entry " + i);
      }
    }
    return new TfIdfVector(t, w);
  }

  long approximateBytes() {
    return 48 + 16L * terms.length;
  }
}
