package org.marsad.arabic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.analysis.Tokens.Token;

class MarsadArabicAnalyzerTest {
  private static final MarsadArabicAnalyzer ANALYZER = new MarsadArabicAnalyzer();
  /** Same chain without stemming, to see exactly what normalization and compounds do. */
  private static final MarsadArabicAnalyzer UNSTEMMED = new MarsadArabicAnalyzer(t -> t);

  @AfterAll
  static void close() {
    ANALYZER.close();
    UNSTEMMED.close();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "أحمد, احمد",
    "إسرائيل, اسرائيل",
    "آمال, امال",
    "مستشفى, مستشفي",
    "مدرسة, مدرسه",
    "مَدْرَسَةٌ, مدرسه",
    "مـــدرســة, مدرسه",
    "ایران, ايران",
    "\u200Fالحكومة\u200E, الحكومه",
  })
  void variantsGiveTheSameTerms(String variant, String plain) {
    assertThat(Tokens.terms(ANALYZER, variant)).isEqualTo(Tokens.terms(ANALYZER, plain)).isNotEmpty();
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "قالَ الرئيسُ \u200Fفي مـــؤتمرٍ";
    List<Token> tokens = Tokens.analyze(UNSTEMMED, text);
    assertThat(tokens).extracting(Token::term).containsExactly("قال", "الرييس", "في", "موتمر");
    assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
        .containsExactly("قالَ", "الرئيسُ", "في", "مـــؤتمرٍ");
  }

  @Test
  void urlsAndEmailAddressesStayWholeBesideArabicWords() {
    assertThat(Tokens.terms(UNSTEMMED, "زوروا https://news.example/ar/123 أو راسلونا على desk@example.com"))
        .containsExactly("زوروا", "https://news.example/ar/123", "او", "راسلونا", "علي", "desk@example.com");
  }

  @Test
  void hashtagsAndMentionsLoseTheirSign() {
    assertThat(Tokens.terms(UNSTEMMED, "#غزة @مرصد")).containsExactly("غزه", "مرصد");
  }

  @Test
  void digitsAreFolded() {
    assertThat(Tokens.terms(UNSTEMMED, "عام ٢٠٢٤")).containsExactly("عام", "2024");
  }

  @Test
  void tokensThatNormalizeToNothingAreDroppedKeepingTheGap() {
    List<Token> tokens = Tokens.analyze(UNSTEMMED, "قال ـ امس");
    assertThat(tokens).extracting(Token::termAndInc).containsExactly("قال/1", "امس/2");
  }

  @Test
  void splitAndJoinedAbdCompoundsGiveIdenticalStreams() {
    List<String> split = Tokens.termsAndIncs(UNSTEMMED, "عبد اللهيان");
    assertThat(split).containsExactly("عبد/1", "عبداللهيان/1", "اللهيان/0");
    assertThat(Tokens.termsAndIncs(UNSTEMMED, "عبداللهيان")).isEqualTo(split);
    assertThat(Tokens.termsAndIncs(ANALYZER, "عبداللهيان")).isEqualTo(Tokens.termsAndIncs(ANALYZER, "عبد اللهيان"));
  }

  @Test
  void splitAndJoinedAbuCompoundsGiveIdenticalStreams() {
    List<String> split = Tokens.termsAndIncs(UNSTEMMED, "أبو ظبي");
    assertThat(split).containsExactly("ابو/1", "ابوظبي/1", "ظبي/0");
    assertThat(Tokens.termsAndIncs(UNSTEMMED, "ابوظبي")).isEqualTo(split);
    assertThat(Tokens.termsAndIncs(ANALYZER, "أبوظبي")).isEqualTo(Tokens.termsAndIncs(ANALYZER, "أبو ظبي"));
  }

  @Test
  void compoundOffsetsSpanTheRightOriginalChars() {
    String split = "وزير عبد اللهيان";
    assertThat(Tokens.analyze(UNSTEMMED, split)).extracting(t -> split.substring(t.start(), t.end()))
        .containsExactly("وزير", "عبد", "عبد اللهيان", "اللهيان");
    String joined = "وزير عبداللهيان";
    assertThat(Tokens.analyze(UNSTEMMED, joined)).extracting(t -> joined.substring(t.start(), t.end()))
        .containsExactly("وزير", "عبد", "عبداللهيان", "اللهيان");
  }

  @Test
  void joinedCompoundWithHarakatIsCutAfterTheHarakatOfThePrefix() {
    String text = "قال عَبْدُاللّٰهِ";
    List<Token> tokens = Tokens.analyze(UNSTEMMED, text);
    assertThat(tokens).extracting(Token::termAndInc).containsExactly("قال/1", "عبد/1", "عبدالله/1", "الله/0");
    assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
        .containsExactly("قال", "عَبْدُ", "عَبْدُاللّٰهِ", "اللّٰهِ");
  }

  @Test
  void startOffsetsNeverDecrease() {
    for (String text : List.of("عبد اللهيان وأبو ظبي", "عبدالله ابوظبي ابي طالب", "ابو عبد الله")) {
      List<Token> tokens = Tokens.analyze(ANALYZER, text);
      for (int i = 1; i < tokens.size(); i++) {
        assertThat(tokens.get(i).start()).as("%s in %s", tokens, text)
            .isGreaterThanOrEqualTo(tokens.get(i - 1).start());
      }
    }
  }

  @Test
  void fullNameSharesTheTermsASearchForTheJoinedNameNeeds() {
    List<String> document = Tokens.terms(ANALYZER, "حسين أمير عبد اللهيان");
    assertThat(document).containsAll(Tokens.terms(ANALYZER, "عبداللهيان"));
    assertThat(Tokens.terms(ANALYZER, "حسين أمير عبداللهيان")).containsAll(Tokens.terms(ANALYZER, "عبد اللهيان"));
  }

  @Test
  void wordsThatOnlyLookLikeCompoundsAreNotSplit() {
    assertThat(Tokens.terms(UNSTEMMED, "أبواب")).containsExactly("ابواب");
    assertThat(Tokens.terms(UNSTEMMED, "أبوابها")).containsExactly("ابوابها");
    assertThat(Tokens.terms(UNSTEMMED, "عبدة")).containsExactly("عبده");
    assertThat(Tokens.terms(UNSTEMMED, "أبوه")).containsExactly("ابوه");
  }

  @Test
  void prefixAtTheEndOrBeforeANumberStaysAlone() {
    assertThat(Tokens.termsAndIncs(UNSTEMMED, "قال أبو")).containsExactly("قال/1", "ابو/1");
    assertThat(Tokens.termsAndIncs(UNSTEMMED, "عبد 12")).containsExactly("عبد/1", "12/1");
  }

  @Test
  void chainedPrefixesJoinPairwise() {
    assertThat(Tokens.termsAndIncs(UNSTEMMED, "أبو عبد الله"))
        .containsExactly("ابو/1", "ابوعبد/1", "عبد/0", "عبدالله/1", "الله/0");
  }

  @Test
  void joinedTokenIsKeptFromTheStemmer() {
    assertThat(Tokens.terms(ANALYZER, "عبد الرحمن")).contains("عبدالرحمن");
  }

  @Test
  void stemmerCanBeSwapped() {
    try (Analyzer custom = new MarsadArabicAnalyzer(MarsadArabicAnalyzerTest::identity)) {
      assertThat(Tokens.terms(custom, "والكتاب")).containsExactly("والكتاب");
    }
    assertThat(Tokens.termsAndIncs(ANALYZER, "والكتاب")).containsExactly("والكتاب/1", "كتاب/0");
  }

  @Test
  void normalizeGivesTheSearchForm() {
    assertThat(ANALYZER.normalize("body", "إسرائيلـي").utf8ToString()).isEqualTo("اسراييلي");
  }

  private static TokenStream identity(TokenStream in) {
    return in;
  }
}
