package org.marsad.arabic.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MojibakePropertiesTest {
  private final MojibakeRepair repair = new MojibakeRepair();

  private static final List<Character> LETTERS = List.of(
      'ا', 'أ', 'إ', 'آ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط',
      'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ى', 'ة', 'ء', 'ؤ', 'ئ');

  /** Words of two or more letters: single ط/ظ words are too rare in news to design for. */
  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> word = Arbitraries.of(LETTERS).list().ofMinSize(2).ofMaxSize(8)
        .map(MojibakePropertiesTest::join);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "، ", "؛ ", ": ", " - ", "… ", "؟ ", " 12 ", " «", "» ");
    Arbitrary<String> pair = Combinators.combine(word, separator).as((w, s) -> w + s);
    return pair.list().ofMinSize(3).ofMaxSize(12).map(parts -> String.join("", parts).strip());
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder();
    chars.forEach(sb::append);
    return sb.toString();
  }

  @Property(tries = 1000)
  void cleanTextIsNeverChanged(@ForAll("sentences") String sentence) {
    assertThat(repair.repair(sentence)).isEqualTo(sentence);
    assertThat(repair.looksBroken(sentence)).isFalse();
  }

  @Property(tries = 1000)
  void brokenTextIsRestored(@ForAll("sentences") String sentence) {
    assertThat(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1256))).isEqualTo(sentence);
    assertThat(repair.repair(Fixtures.misreadAndStripped(sentence))).isEqualTo(sentence);
  }

  /**
   * Windows-1252 has no character for byte 0x81, the second byte of ف (D9 81): decoding loses it,
   * and the repair must guess between ف and the harakat whose second bytes are also undefined.
   * A real word decides (the lexicon); in random letters only the other positions are certain.
   */
  @Property(tries = 500)
  void windows1252AndDoubleMojibakeAreRestored(@ForAll("sentences") String sentence) {
    assertRestoredBarLostFeh(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1252)), sentence);
    String twice = Fixtures.misread(Fixtures.misread(sentence, Fixtures.WINDOWS_1256), Fixtures.WINDOWS_1252);
    assertThat(repair.repair(twice)).isEqualTo(sentence);
  }

  /** Equal to the sentence, except that each ف (whose byte 0x81 Windows-1252 lost) may be guessed wrong. */
  private static void assertRestoredBarLostFeh(String repaired, String sentence) {
    if (sentence.indexOf('\u0641') < 0) {
      assertThat(repaired).isEqualTo(sentence);
      return;
    }
    assertThat(repaired).hasSameSizeAs(sentence);
    for (int i = 0; i < sentence.length(); i++) {
      if (sentence.charAt(i) != '\u0641') {
        assertThat(repaired.charAt(i)).as("position %d of %s", i, sentence).isEqualTo(sentence.charAt(i));
      }
    }
  }

  @Property(tries = 500)
  void everyStrippedInvisibleAndADoubleWindows1252LayerAreRestored(@ForAll("quotedSentences") String sentence) {
    String stripped = Fixtures.misread(sentence, Fixtures.WINDOWS_1256).replaceAll("[\u00AD\u200C\u200D\u00A0]", "");
    assertThat(repair.repair(stripped)).isEqualTo(sentence);
    String twice = Fixtures.misread(Fixtures.misread(sentence, Fixtures.WINDOWS_1252), Fixtures.WINDOWS_1252);
    assertRestoredBarLostFeh(repair.repair(twice), sentence);
  }

  @Property(tries = 1000)
  void cleanQuotedTextIsNeverChanged(@ForAll("quotedSentences") String sentence) {
    assertThat(repair.repair(sentence)).isEqualTo(sentence);
  }

  /** Sentences with the separators that lose bytes in transit: closing quotes and no-break spaces. */
  @Provide
  Arbitrary<String> quotedSentences() {
    Arbitrary<String> word = Arbitraries.of(LETTERS).list().ofMinSize(2).ofMaxSize(8)
        .map(MojibakePropertiesTest::join);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", "\u00A0", "” ", " “", "، ", "»\u00A0", " «");
    Arbitrary<String> pair = Combinators.combine(word, separator).as((w, s) -> w + s);
    return pair.list().ofMinSize(3).ofMaxSize(12).map(parts -> String.join("", parts).strip());
  }

  @Property(tries = 500)
  void anyStringIsHandled(@ForAll String line) {
    assertThat(repair.repairWithReport(line).text()).isNotNull();
  }
}
