package org.marsad.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  private static String display(String s) {
    return ArabicNormalizer.display(s).text();
  }

  private static String search(String s) {
    return ArabicNormalizer.searchKey(s);
  }

  @Test
  void displayComposesAlefWithCombiningHamzaAndMadda() {
    assertThat(display("سا\u0654ل")).isEqualTo("سأل");
    assertThat(display("ا\u0653ل")).isEqualTo("آل");
    assertThat(display("e\u0301té")).isEqualTo("été");
  }

  @Test
  void displayRemovesBidiAndFormatControls() {
    String controls = "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + "\u200B\u200C\u200D\uFEFF\u00AD";
    assertThat(display("غزة" + controls + " اليوم")).isEqualTo("غزة اليوم");
    assertThat(display("\u200Fمي\u00ADزانية\u200E")).isEqualTo("ميزانية");
  }

  @Test
  void displayFoldsPresentationFormsToBaseLetters() {
    assertThat(display("\uFEFB")).isEqualTo("لا");
    assertThat(display("\uFDF2")).isEqualTo("الله");
    assertThat(display("\uFE8D\uFEDF\uFEE4\uFEAE\uFE8E\uFE93")).isEqualTo("المراة");
  }

  @Test
  void displayReplacesLoneSurrogatesAndKeepsReplacementChar() {
    assertThat(display("ا\uD800ب")).isEqualTo("ا\uFFFDب");
    assertThat(display("ا\uDC00")).isEqualTo("ا\uFFFD");
    assertThat(display("\uFFFD")).isEqualTo("\uFFFD");
    assertThat(display("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void displayMakesExoticSpacesPlainAndKeepsOtherWhitespace() {
    assertThat(display("في\u00A0بيروت\u2003و\u202Fدمشق\u3000الآن")).isEqualTo("في بيروت و دمشق الآن");
    assertThat(display("سطر\tأول\nسطر")).isEqualTo("سطر\tأول\nسطر");
  }

  @Test
  void displayKeepsHarakatAndLetterVariants() {
    assertThat(display("عَبْدُ اللّٰهِ إلى مدرسةٍ")).isEqualTo("عَبْدُ اللّٰهِ إلى مدرسةٍ");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "مَدْرَسَةٌ, مدرسه",
    "الطُّلّابُ, الطلاب",
    "شَدَّ, شد",
    "الرَّحْمٰنِ, الرحمن",
    "ذٰلِكَ, ذلك",
    "قُرْآنٌ ۖ عَظِيمٌ, قران  عظيم",
    "جـــميـــل, جميل",
    "أحمد, احمد",
    "إسلام, اسلام",
    "آمال, امال",
    "ٱلكتاب, الكتاب",
    "مستشفى, مستشفي",
    "مدينة, مدينه",
    "مؤتمر, موتمر",
    "رئيس, رييس",
    "ایران, ايران",
    "کتاب, كتاب",
    "ھذا, هذا",
    "خانە, خانه",
    "خانۀ, خانه",
    "٢٠٢٤, 2024",
    "۱۴۰۳, 1403",
    "أسعار النفط Brent, اسعار النفط brent",
  })
  void searchRules(String input, String expected) {
    assertThat(search(input)).isEqualTo(expected);
  }

  @Test
  void searchFoldsArabicPunctuation() {
    assertThat(search("نعم، لا؛ لماذا؟ ٥٠٪")).isEqualTo("نعم, لا; لماذا? 50%");
  }

  @Test
  void searchKeepsWhitespaceAsIs() {
    assertThat(search("أ\tب\n ج  د")).isEqualTo("ا\tب\n ج  د");
  }

  @Test
  void searchAppliesDisplayFirst() {
    assertThat(search("\u200Fإ\u00ADسـرائيل\uFEFB")).isEqualTo("اسراييللا");
  }

  @Test
  void searchLowerCasesIndependentOfDefaultLocale() {
    // Surefire runs under a Turkish default locale: a dotless ı here would betray it.
    assertThat(search("IRAN Istanbul")).isEqualTo("iran istanbul");
  }
}
