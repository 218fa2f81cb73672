package org.marsad.stories.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How many documents contain each term, and the tf-idf cosine that uses those counts. Weights
 * are sublinear in the raw count ({@link #tf}) and scaled by a smoothed idf, so that a term seen
 * in every document still counts a little and an unseen term counts most. Learned online: the
 * caller adds each article once, as it arrives. Not thread-safe.
 */
public final class DocumentFrequencies {
  /** Far beyond any real table; a larger count in a stream means corruption. */
  private static final int MAX_TERMS = 1 << 28;

  private final LongIntMap counts;
  private int docs;

  public DocumentFrequencies() {
    this(new LongIntMap(), 0);
  }

  private DocumentFrequencies(LongIntMap counts, int docs) {
    this.counts = counts;
    this.docs = docs;
  }

  /** Counts one more document, each of its terms once. */
  public void add(TermVector doc) {
    for (int i = 0; i < doc.size(); i++) {
      counts.add(doc.term(i), 1);
    }
    docs++;
  }

  public int docs() {
    return docs;
  }

  /** Distinct terms seen. */
  public int terms() {
    return counts.size();
  }

  /** The number of documents that contain {@code term}. */
  public int df(long term) {
    return counts.get(term);
  }

  /**
   * ln((1 + N) / (1 + df)) + 1, as scikit-learn's smoothed idf: as if one extra document held
   * every term. Finite and at least 1 for every term, seen or not, and for an empty table.
   */
  public double idf(long term) {
    return Math.log((1.0 + docs) / (1.0 + Math.min(docs, counts.get(term)))) + 1.0;
  }

  /**
   * The sublinear term frequency of a raw weight: 1 + ln w above one, w itself up to one (a
   * centroid's mean count can be a fraction). Continuous, increasing and concave.
   */
  public static double tf(double weight) {
    return weight > 1 ? 1 + Math.log(weight) : Math.max(0, weight);
  }

  /**
   * The cosine of the two vectors weighted by {@link #tf} × {@link #idf}: symmetric, in [0, 1],
   * zero when either is empty or they share no term, one for a vector with itself.
   */
  public double cosine(TermVector a, TermVector b) {
    return TfIdfVector.of(a, this).cosine(TfIdfVector.of(b, this));
  }

  /** Estimated heap use of the table. */
  public long approximateBytes() {
    return counts.approximateBytes() + 24;
  }

  /**
   * Compact form: the document count, the number of terms, then the terms in ascending order as
   * gaps and their counts, all variable-length integers. The bytes depend only on the counts, not
   * on the order they were added in.
   */
  public void writeTo(DataOutput out) throws IOException {
    long[] keys = counts.sortedKeys();
    Varints.writeVarLong(out, docs);
    Varints.writeVarLong(out, keys.length);
    long previous = 0;
    for (int i = 0; i < keys.length; i++) {
      Varints.writeVarLong(out, i == 0 ? keys[0] : keys[i] - previous);
      Varints.writeVarLong(out, counts.get(keys[i]));
      previous = keys[i];
    }
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @throws IOException on a truncated stream or one that does not describe a valid table
   */
  public static DocumentFrequencies readFrom(DataInput in) throws IOException {
    int docs = Varints.readCount(in, Integer.MAX_VALUE, "document count");
    int n = Varints.readCount(in, MAX_TERMS, "term count");
    LongIntMap counts = new LongIntMap(n);
    long previous = 0;
    for (int i = 0; i < n; i++) {
      long gap = Varints.readVarLong(in);
      long term = i == 0 ? gap : previous + gap;
      if (i > 0 && (gap == 0 || term < previous)) {
        throw new IOException("document frequency terms not increasing at entry " + i);
      }
      int count = Varints.readCount(in, docs, "document frequency");
      if (count == 0) {
        throw new IOException("document frequency of zero at entry " + i);
      }
      counts.add(term, count);
      previous = term;
    }
    return new DocumentFrequencies(counts, docs);
  }
}
