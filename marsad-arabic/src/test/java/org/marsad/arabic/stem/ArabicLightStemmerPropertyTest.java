package org.marsad.arabic.stem;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicLightStemmerPropertyTest {

  @Provide
  Arbitrary<String> arabicWords() {
    // Letters of the search form plus the clitic and ending letters, often enough to hit every rule.
    Arbitrary<Character> letters = Arbitraries.of(
        '\u0627', '\u0628', '\u062A', '\u062B', '\u062C', '\u062D', '\u062F', '\u0631', '\u0633', '\u0639',
        '\u0641', '\u0643', '\u0644', '\u0645', '\u0646', '\u0647', '\u0648', '\u064A');
    return letters.list().ofMinSize(1).ofMaxSize(12).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  @Property
  void stemIsNonEmptyNeverLongerAndASubstring(@ForAll("arabicWords") String word) {
    String stem = ArabicLightStemmer.stem(word);
    assertThat(stem).isNotEmpty();
    assertThat(stem.length()).isLessThanOrEqualTo(word.length());
    assertThat(word).contains(stem);
  }

  @Property
  void stemKeepsThreeLettersOfLongerWords(@ForAll("arabicWords") String word) {
    assertThat(ArabicLightStemmer.stem(word).length())
        .isGreaterThanOrEqualTo(Math.min(word.length(), ArabicLightStemmer.MIN_STEM));
  }

  @Property
  void stemIsDeterministic(@ForAll("arabicWords") String word) {
    assertThat(ArabicLightStemmer.stem(word)).isEqualTo(ArabicLightStemmer.stem(word));
  }

  @Property
  void anyStringIsHandled(@ForAll String text) {
    String stem = ArabicLightStemmer.stem(text);
    assertThat(stem.length()).isLessThanOrEqualTo(text.length());
    assertThat(stem.isEmpty()).isEqualTo(text.isEmpty());
  }
}
