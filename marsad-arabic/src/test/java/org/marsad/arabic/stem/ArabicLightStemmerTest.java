package org.marsad.arabic.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule; inputs are in search form (ة as ه، ى as ي، hamza on alef folded). */
class ArabicLightStemmerTest {

  private static String stem(String word) {
    return ArabicLightStemmer.stem(word);
  }

  @Test
  void articleIsStripped() {
    assertThat(stem("الكتاب")).isEqualTo("كتاب");
  }

  @Test
  void conjunctionWithArticleIsStripped() {
    assertThat(stem("والكتاب")).isEqualTo("كتاب");
    assertThat(stem("فالمدينه")).isEqualTo("مدين");
  }

  @Test
  void prepositionWithArticleIsStripped() {
    assertThat(stem("بالرياض")).isEqualTo("رياض");
    assertThat(stem("كالسحاب")).isEqualTo("سحاب");
  }

  @Test
  void lamBeforeArticleIsStripped() {
    assertThat(stem("للحكومه")).isEqualTo("حكوم");
    assertThat(stem("وللشعب")).isEqualTo("شعب");
  }

  @Test
  void singlePrepositionIsStrippedWhenThreeLettersRemain() {
    assertThat(stem("بمصر")).isEqualTo("مصر");
    assertThat(stem("لمصر")).isEqualTo("مصر");
  }

  @Test
  void kafIsOnlyStrippedBeforeTheArticle() {
    assertThat(stem("كبير")).isEqualTo("كبير");
  }

  @Test
  void conjunctionAloneIsStripped() {
    assertThat(stem("ومصر")).isEqualTo("مصر");
  }

  @Test
  void shortWordsKeepTheirFirstLetter() {
    assertThat(stem("بلد")).isEqualTo("بلد");
    assertThat(stem("ولد")).isEqualTo("ولد");
    assertThat(stem("علي")).isEqualTo("علي");
  }

  @Test
  void protectedWordsAreKeptWhole() {
    assertThat(stem("فلسطين")).isEqualTo("فلسطين");
    assertThat(stem("لبنان")).isEqualTo("لبنان");
    assertThat(stem("وزير")).isEqualTo("وزير");
  }

  @Test
  void wordsStartingWithBehOrLamAreProtectedFromFalseProclitics() {
    // لجنة (committee) must not meet جنة (paradise), nor بطولة (championship) طول (length).
    assertThat(stem("لجنه")).isEqualTo("لجنه");
    assertThat(stem("بطوله")).isEqualTo("بطوله");
    assertThat(stem("اللجنه")).isEqualTo("لجنه");
  }

  @Test
  void protectedWordIsKeptAfterItsArticle() {
    assertThat(stem("الوزير")).isEqualTo("وزير");
  }

  @Test
  void feminineEndingIsStripped() {
    assertThat(stem("مدرسه")).isEqualTo("مدرس");
  }

  @Test
  void feminineAndSoundPluralsAreStripped() {
    assertThat(stem("سيارات")).isEqualTo("سيار");
    assertThat(stem("المعلمون")).isEqualTo("معلم");
    assertThat(stem("المعلمين")).isEqualTo("معلم");
  }

  @Test
  void nisbaPluralsMeetTheSingular() {
    assertThat(stem("المصريون")).isEqualTo("مصر");
    assertThat(stem("المصريين")).isEqualTo("مصر");
    assertThat(stem("مصريه")).isEqualTo("مصر");
    assertThat(stem("مصري")).isEqualTo("مصر");
  }

  @Test
  void pronounSuffixIsStripped() {
    assertThat(stem("كتابهم")).isEqualTo("كتاب");
    assertThat(stem("كتابها")).isEqualTo("كتاب");
    assertThat(stem("كتابنا")).isEqualTo("كتاب");
    assertThat(stem("كتابكم")).isEqualTo("كتاب");
  }

  @Test
  void pronounThenPluralAreStripped() {
    assertThat(stem("سياراتهم")).isEqualTo("سيار");
  }

  @Test
  void tehMarbutaBeforeAPronounIsStripped() {
    assertThat(stem("حكومتها")).isEqualTo("حكوم");
    assertThat(stem("حكومه")).isEqualTo("حكوم");
  }

  @Test
  void dualNeedsALongerStem() {
    assertThat(stem("الطالبان")).isEqualTo("طالب");
    assertThat(stem("سلمان")).isEqualTo("سلمان");
  }

  @Test
  void nonArabicAndDigitsAreLeftAlone() {
    assertThat(stem("google")).isEqualTo("google");
    assertThat(stem("2024")).isEqualTo("2024");
    assertThat(stem("ال2024")).isEqualTo("ال2024");
  }
}
