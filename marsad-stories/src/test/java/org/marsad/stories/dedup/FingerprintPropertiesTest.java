package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FingerprintPropertiesTest {
  @Property(tries = 500)
  void anyFingerprintSurvivesEncoding(
      @ForAll long contentKey,
      @ForAll @Size(Fingerprint.SIGNATURE_LENGTH) int[] signature,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int shingles) throws IOException {
    Fingerprint fp = new Fingerprint(contentKey, signature, shingles);
    assertThat(FingerprintTest.decode(FingerprintTest.encode(fp))).isEqualTo(fp);
  }

  @Property(tries = 200)
  void aTextsFingerprintSurvivesEncoding(@ForAll("bodies") List<String> body) throws IOException {
    Fingerprint fp = Fingerprint.of(body);
    assertThat(FingerprintTest.decode(FingerprintTest.encode(fp))).isEqualTo(fp);
  }

  @Property(tries = 500)
  void fingerprintingIsTotalAndDeterministic(@ForAll List<String> anyText) {
    Fingerprint fp = Fingerprint.of(anyText);
    assertThat(Fingerprint.of(anyText)).isEqualTo(fp);
    assertThat(fp.shingles()).isNotNegative();
  }

  @Property(tries = 200)
  void aBodyFullyResemblesItself(@ForAll("bodies") List<String> body) {
    Fingerprint fp = Fingerprint.of(body);
    assertThat(fp.resemblance(Fingerprint.of(body))).isEqualTo(1.0);
    assertThat(fp.containment(fp)).isEqualTo(fp.shingles() == 0 ? 0.0 : 1.0);
  }

  /** Bodies of made-up Arabic words, 1 to 400 words in 1 to 4 paragraphs. */
  @Provide
  Arbitrary<List<String>> bodies() {
    return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(1, 400).map(words -> {
      SplittableRandom random = new SplittableRandom(seed);
      int paragraphs = 1 + random.nextInt(4);
      return Stories.randomParagraphs(random, words, paragraphs);
    }));
  }
}
