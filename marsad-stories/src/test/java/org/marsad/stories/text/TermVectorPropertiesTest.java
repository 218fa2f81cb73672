package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TermVectorPropertiesTest {

  /** Vectors over a small term range, so that they overlap, with whole or fractional weights. */
  @Provide
  Arbitrary<TermVector> vectors() {
    Arbitrary<Long> terms = Arbitraries.oneOf(
        Arbitraries.longs().between(-20, 20), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L), Arbitraries.longs());
    Arbitrary<Float> weights = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 50).map(Integer::floatValue), Arbitraries.floats().between(0f, 1e6f));
    return Combinators.combine(terms.list().ofMaxSize(40), weights.list().ofMaxSize(40)).as(TermVectorPropertiesTest::vector);
  }

  private static TermVector vector(List<Long> terms, List<Float> weights) {
    int n = Math.min(terms.size(), weights.size());
    long[] t = new long[n];
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      t[i] = terms.get(i);
      w[i] = weights.get(i);
    }
    return TermVector.of(t, w);
  }

  @Provide
  Arbitrary<DocumentFrequencies> tables() {
    return vectors().list().ofMaxSize(8).map(docs -> {
      DocumentFrequencies df = new DocumentFrequencies();
      docs.forEach(df::add);
      return df;
    });
  }

  @Property
  void termsAreSortedDistinctWithPositiveWeights(@ForAll("vectors") TermVector v) {
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.weight(i)).isPositive();
      if (i > 0) {
        assertThat(v.term(i)).isGreaterThan(v.term(i - 1));
      }
    }
  }

  @Property
  void vectorsReadBackAsWritten(@ForAll("vectors") TermVector v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    v.writeTo(new DataOutputStream(bytes));
    TermVector read = TermVector.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read).isEqualTo(v);
  }

  @Property
  void tablesReadBackAsWritten(@ForAll("tables") DocumentFrequencies df, @ForAll("vectors") TermVector probe)
      throws IOException {
    byte[] bytes = DocumentFrequenciesTest.write(df);
    DocumentFrequencies read = DocumentFrequencies.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    assertThat(read.docs()).isEqualTo(df.docs());
    assertThat(read.terms()).isEqualTo(df.terms());
    for (int i = 0; i < probe.size(); i++) {
      assertThat(read.idf(probe.term(i))).isEqualTo(df.idf(probe.term(i)));
    }
    assertThat(DocumentFrequenciesTest.write(read)).isEqualTo(bytes);
  }

  @Property
  void cosineIsSymmetricAndBounded(
      @ForAll("vectors") TermVector a, @ForAll("vectors") TermVector b, @ForAll("tables") DocumentFrequencies df) {
    double ab = df.cosine(a, b);
    assertThat(ab).isBetween(0.0, 1.0).isEqualTo(df.cosine(b, a));
  }

  @Property
  void cosineOfANonEmptyVectorWithItselfIsOne(@ForAll("vectors") TermVector a, @ForAll("tables") DocumentFrequencies df) {
    assertThat(df.cosine(a, a)).isCloseTo(a.isEmpty() ? 0.0 : 1.0, within(1e-9));
  }

  @Property
  void idfIsFiniteAndAtLeastOne(@ForAll("tables") DocumentFrequencies df, @ForAll long term) {
    assertThat(df.idf(term)).isFinite().isGreaterThanOrEqualTo(1.0);
  }

  @Property
  void topKeepsTheHighestTfIdfTermsWithTheirWeights(
      @ForAll("vectors") TermVector v, @ForAll("tables") DocumentFrequencies df, @ForAll("counts") int n) {
    TermVector top = v.top(n, df);
    assertThat(top.size()).isEqualTo(Math.min(n, v.size()));
    double lowestKept = Double.POSITIVE_INFINITY;
    for (int i = 0; i < top.size(); i++) {
      assertThat(top.weight(i)).isEqualTo(v.weightOf(top.term(i)));
      lowestKept = Math.min(lowestKept, DocumentFrequencies.tf(top.weight(i)) * df.idf(top.term(i)));
    }
    for (int i = 0; i < v.size(); i++) {
      if (top.indexOf(v.term(i)) < 0) {
        assertThat(DocumentFrequencies.tf(v.weight(i)) * df.idf(v.term(i))).isLessThanOrEqualTo(lowestKept);
      }
    }
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 45);
  }

  @Property
  void linearCombinesTermByTerm(@ForAll("vectors") TermVector a, @ForAll("vectors") TermVector b) {
    TermVector sum = TermVector.linear(a, 0.25, b, 0.75);
    for (TermVector v : List.of(a, b)) {
      for (int i = 0; i < v.size(); i++) {
        long t = v.term(i);
        float expected = (float) (0.25 * a.weightOf(t) + 0.75 * b.weightOf(t));
        assertThat(sum.weightOf(t)).isEqualTo(expected);
      }
    }
    assertThat(sum.size()).isLessThanOrEqualTo(a.size() + b.size());
  }
}
