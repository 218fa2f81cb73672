package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  private static TermVector vector(long... terms) {
    float[] weights = new float[terms.length];
    Arrays.fill(weights, 1f);
    return TermVector.of(terms, weights);
  }

  @Test
  void idfOfAnEmptyTableIsOneForEveryTerm() {
    DocumentFrequencies df = new DocumentFrequencies();
    assertThat(df.docs()).isZero();
    assertThat(df.idf(42)).isEqualTo(1.0);
    assertThat(df.idf(0)).isEqualTo(1.0);
  }

  @Test
  void idfIsSmoothedFiniteAndFallsWithDocumentFrequency() {
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(vector(1, 2));
    df.add(vector(1, 3));
    df.add(vector(1));
    assertThat(df.idf(1)).isEqualTo(Math.log(4.0 / 4.0) + 1);
    assertThat(df.idf(2)).isEqualTo(Math.log(4.0 / 2.0) + 1);
    assertThat(df.idf(99)).isEqualTo(Math.log(4.0 / 1.0) + 1);
    assertThat(df.idf(1)).isLessThan(df.idf(2)).isLessThan(df.idf(99));
  }

  @Test
  void aTermCountsOncePerDocument() {
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(TermVector.of(new long[] {7, 7, 8}, new float[] {5f, 2f, 1f}));
    assertThat(df.df(7)).isEqualTo(1);
    assertThat(df.docs()).isEqualTo(1);
    assertThat(df.terms()).isEqualTo(2);
  }

  @Test
  void sublinearTfIsContinuousAndConcave() {
    assertThat(DocumentFrequencies.tf(0)).isZero();
    assertThat(DocumentFrequencies.tf(0.5)).isEqualTo(0.5);
    assertThat(DocumentFrequencies.tf(1)).isEqualTo(1.0);
    assertThat(DocumentFrequencies.tf(Math.E)).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void cosineIsOneForItselfAndZeroForDisjointOrEmpty() {
    DocumentFrequencies df = new DocumentFrequencies();
    TermVector a = TermVector.of(new long[] {1, 2, 3}, new float[] {3f, 1f, 2f});
    df.add(a);
    df.add(vector(3, 4));
    assertThat(df.cosine(a, a)).isCloseTo(1.0, within(1e-9));
    assertThat(df.cosine(a, vector(4, 5))).isZero();
    assertThat(df.cosine(a, TermVector.EMPTY)).isZero();
    assertThat(df.cosine(TermVector.EMPTY, TermVector.EMPTY)).isZero();
  }

  @Test
  void rareSharedTermsCountMoreThanCommonOnes() {
    DocumentFrequencies df = new DocumentFrequencies();
    for (int i = 0; i < 10; i++) {
      df.add(vector(1, 100 + i));
    }
    df.add(vector(2, 3));
    TermVector sharesCommon = vector(1, 50);
    TermVector sharesRare = vector(2, 50);
    assertThat(df.cosine(vector(1, 2, 60), sharesRare)).isGreaterThan(df.cosine(vector(1, 2, 60), sharesCommon));
  }

  @Test
  void writtenTableReadsBackAndItsBytesIgnoreAddOrder() throws IOException {
    DocumentFrequencies a = new DocumentFrequencies();
    DocumentFrequencies b = new DocumentFrequencies();
    TermVector x = vector(-5, 0, 1L << 40);
    TermVector y = vector(0, 9, Long.MAX_VALUE, Long.MIN_VALUE);
    a.add(x);
    a.add(y);
    b.add(y);
    b.add(x);
    byte[] bytes = write(a);
    assertThat(write(b)).isEqualTo(bytes);
    DocumentFrequencies read = DocumentFrequencies.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    assertThat(read.docs()).isEqualTo(2);
    assertThat(read.terms()).isEqualTo(6);
    for (long t : new long[] {-5, 0, 1L << 40, 9, Long.MAX_VALUE, Long.MIN_VALUE, 77}) {
      assertThat(read.df(t)).as("df of %d", t).isEqualTo(a.df(t));
    }
  }

  @Test
  void aTruncatedOrInconsistentTableIsAnIoError() throws IOException {
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(vector(1, 2, 3));
    byte[] bytes = write(df);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
    assertThatThrownBy(() -> DocumentFrequencies.readFrom(new DataInputStream(new ByteArrayInputStream(truncated))))
        .isInstanceOf(IOException.class);
    byte[] tooMany = bytes.clone();
    tooMany[tooMany.length - 1] = 2; // a count above the one document
    assertThatThrownBy(() -> DocumentFrequencies.readFrom(new DataInputStream(new ByteArrayInputStream(tooMany))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("out of range");
  }

  static byte[] write(DocumentFrequencies df) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    df.writeTo(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }
}
