package org.marsad.arabic.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MojibakeRepairTest {
  private final MojibakeRepair repair = new MojibakeRepair();

  static Stream<String> sentences() {
    return Fixtures.lines("sentences.txt").stream();
  }

  static Stream<String> cleanLines() {
    return Stream.concat(Fixtures.lines("clean-lines.txt").stream(), sentences());
  }

  @Test
  void knownShapeOfTheBreakage() {
    assertThat(Fixtures.misread("الم", Fixtures.WINDOWS_1256)).isEqualTo("ط§ظ„ظ…");
    assertThat(repair.repair("ط§ظ„ظ…ط¯ظٹظ†ط©")).isEqualTo("المدينة");
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void repairsWindows1256Mojibake(String sentence) {
    String broken = Fixtures.misread(sentence, Fixtures.WINDOWS_1256);
    assertThat(repair.looksBroken(broken)).isTrue();
    assertThat(repair.repair(broken)).isEqualTo(sentence);
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void restoresStrippedSoftHyphens(String sentence) {
    String broken = Fixtures.misreadAndStripped(sentence);
    MojibakeRepair.Repair result = repair.repairWithReport(broken);
    assertThat(result.text()).isEqualTo(sentence);
    assertThat(result.changed()).isTrue();
    assertThat(result.restoredBytes()).isEqualTo(count(sentence, 'ح'));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void repairsWindows1252AndDoubleMojibake(String sentence) {
    assertThat(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1252))).isEqualTo(sentence);
    String twice = Fixtures.misread(Fixtures.misread(sentence, Fixtures.WINDOWS_1256), Fixtures.WINDOWS_1252);
    assertThat(repair.repair(twice)).isEqualTo(sentence);
  }

  @Test
  void restoresTheFehThatWindows1252CouldNotShow() {
    String sentence = "في الصف الأول";
    String withReplacement = Fixtures.misread(sentence, Fixtures.WINDOWS_1252);
    assertThat(withReplacement).contains("\uFFFD");
    assertThat(repair.repair(withReplacement)).isEqualTo(sentence);
    // Converters that went through ISO-8859-1 and then dropped the C1 control U+0081.
    String latin1 = new String(sentence.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(repair.repair(latin1)).isEqualTo(sentence);
    assertThat(repair.repair(latin1.replace("\u0081", ""))).isEqualTo(sentence);
  }

  @ParameterizedTest
  @MethodSource("cleanLines")
  void leavesCleanLinesAlone(String line) {
    assertThat(repair.looksBroken(line)).isFalse();
    MojibakeRepair.Repair result = repair.repairWithReport(line);
    assertThat(result.text()).isSameAs(line);
    assertThat(result.changed()).isFalse();
    assertThat(result.restoredBytes()).isZero();
  }

  @Test
  void repairsOnlyTheBrokenRunOfAMixedLine() {
    String clean = "عاجل من طرابلس: ";
    String brokenPart = Fixtures.misreadAndStripped("الحكومة تستقيل");
    assertThat(repair.repair(clean + brokenPart + " (2024) ظل الخبر"))
        .isEqualTo(clean + "الحكومة تستقيل (2024) ظل الخبر");
  }

  @Test
  void keepsAsciiAndDigitsInsideABrokenRun() {
    String sentence = "سعر النفط 85 دولارا حسب CNN اليوم";
    assertThat(repair.repair(Fixtures.misreadAndStripped(sentence))).isEqualTo(sentence);
  }

  @Test
  void aLoneLeadBetweenDigitsIsTheZeroWhoseNoBreakSpaceWasDropped() {
    String sentence = "في عام ٢٠٢٠ وصل العدد إلى ١٠٠ ألف";
    String broken = Fixtures.misread(sentence, Fixtures.WINDOWS_1256).replace("\u00A0", "");
    assertThat(repair.repair(broken)).isEqualTo(sentence);
  }

  @Test
  void aSingleAmbiguousPairIsLeftAlone() {
    // A clean ظ before an ellipsis reads like UTF-8 for م: one pair is not enough evidence.
    assertThat(repair.repair("يحفظ…")).isEqualTo("يحفظ…");
    assertThat(repair.repair("ظ…")).isEqualTo("ظ…");
  }

  @Test
  void emptyAndAsciiLines() {
    assertThat(repair.repair("")).isEmpty();
    assertThat(repair.repairWithReport("plain ASCII 123").changed()).isFalse();
  }

  @Test
  void neverProducesReplacementCharsForLostBytes() {
    for (String sentence : List.of("حلب وحمص وحماة", "صحيفة الحياة")) {
      String repaired = repair.repair(Fixtures.misreadAndStripped(sentence));
      assertThat(repaired).isEqualTo(sentence).doesNotContain("\uFFFD");
    }
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
