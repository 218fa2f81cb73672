package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TermVectorTest {
  @Test
  void repeatedTermsAddUpAndZeroWeightsGo() {
    TermVector v = TermVector.of(new long[] {9, -3, 9, 4}, new float[] {1f, 2f, 3f, 0f});
    assertThat(v.size()).isEqualTo(2);
    assertThat(v.term(0)).isEqualTo(-3);
    assertThat(v.weight(1)).isEqualTo(4f);
    assertThat(v.weightOf(4)).isZero();
  }

  @Test
  void invalidWeightsAreRejectedByName() {
    assertThatThrownBy(() -> TermVector.of(new long[] {1}, new float[] {-1f}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weights");
    assertThatThrownBy(() -> TermVector.of(new long[] {1}, new float[] {Float.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TermVector.of(new long[] {1, 2}, new float[] {1f}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void articleVectorsAreWrittenCompactly() throws IOException {
    long[] terms = new long[200];
    float[] weights = new float[200];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = StoryTerms.hash("كلمة" + i);
      weights[i] = 1 + i % 3;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TermVector.of(terms, weights).writeTo(new DataOutputStream(bytes));
    // Raw longs and floats would take 2,400 bytes; gaps of uniform hashes take about 7.5 bytes.
    assertThat(bytes.size()).isLessThan(1_900);
  }

  @Test
  void aCorruptVectorIsAnIoError() {
    byte[] unsorted = {2, 5, 0, 0, 1, 1};
    assertThatThrownBy(() -> TermVector.readFrom(new DataInputStream(new ByteArrayInputStream(unsorted))))
        .isInstanceOf(IOException.class).hasMessageContaining("not increasing");
    byte[] huge = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
    assertThatThrownBy(() -> TermVector.readFrom(new DataInputStream(new ByteArrayInputStream(huge))))
        .isInstanceOf(IOException.class).hasMessageContaining("out of range");
  }
}
