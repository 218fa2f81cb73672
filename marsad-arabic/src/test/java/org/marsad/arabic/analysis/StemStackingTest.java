package org.marsad.arabic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.analysis.Tokens.Token;

class StemStackingTest {
  private static final MarsadArabicAnalyzer ANALYZER = new MarsadArabicAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void stemIsStackedOnTheSurfaceFormWithItsOffsets() {
    assertThat(Tokens.analyze(ANALYZER, "قال للحكومة"))
        .containsExactly(new Token("قال", 1, 0, 3), new Token("للحكومه", 1, 4, 11), new Token("حكوم", 0, 4, 11));
  }

  @Test
  void wordsThatAreTheirOwnStemAreEmittedOnce() {
    assertThat(Tokens.termsAndIncs(ANALYZER, "بلد 2024 google")).containsExactly("بلد/1", "2024/1", "google/1");
  }

  @Test
  void prepositionAndPluralVariantsShareAStem() {
    assertThat(Tokens.terms(ANALYZER, "بالمعلمين")).contains("معلم");
    assertThat(Tokens.terms(ANALYZER, "المعلمون")).contains("معلم");
    assertThat(Tokens.terms(ANALYZER, "لمصر")).contains("مصر");
  }

  @Test
  void hashtagWordsSplitAtUnderscoresWithOffsetsIntoTheOriginal() {
    assertThat(Tokens.analyze(ANALYZER, "#السعودية_اليوم"))
        .contains(new Token("السعوديه", 1, 1, 9), new Token("اليوم", 1, 10, 15));
  }

  @Test
  void hashAndAtSignsAreNotPartOfTheTerm() {
    assertThat(Tokens.analyze(ANALYZER, "#وسم @marsad"))
        .containsExactly(new Token("وسم", 1, 1, 4), new Token("marsad", 1, 6, 12));
  }

  @Test
  void compoundNamesStayJoinInsensitiveWithTheStemmer() {
    assertThat(Tokens.terms(ANALYZER, "عبداللهيان")).contains("عبداللهيان", "عبد", "اللهيان");
    assertThat(Tokens.terms(ANALYZER, "عبد اللهيان")).contains("عبداللهيان", "عبد", "اللهيان");
  }
}
