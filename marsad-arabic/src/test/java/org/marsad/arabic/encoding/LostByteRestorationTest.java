package org.marsad.arabic.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bytes lost in transit, put back from the context (sentences written for these tests). */
class LostByteRestorationTest {
  private final MojibakeRepair repair = new MojibakeRepair();

  /** windows-1256 mojibake with every invisible char that transit strips taken out. */
  private static String misreadAndAllInvisiblesStripped(String text) {
    String broken = Fixtures.misread(text, Fixtures.WINDOWS_1256);
    return broken.replaceAll("[\u00AD\u200C\u200D\u200E\u200F\u00A0]", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "“صحيفة الحياة” تحتفل بعامها الجديد",
    "الوزير يفتتح ”مهرجان الحرف” في حلب",
    "حملة\u00A0لتوزيع المياه على الأحياء",
    "«الصحة»\u00A0تحذر من الحر الشديد",
    "في عام ٢٠٢٠ وصل عدد الزوار إلى ١٠٠ ألف",
    "الأحمر يحسم المباراة بهدفين نظيفين"
  })
  void everyStrippedInvisibleIsRestored(String sentence) {
    String broken = misreadAndAllInvisiblesStripped(sentence);
    assertThat(broken).isNotEqualTo(Fixtures.misread(sentence, Fixtures.WINDOWS_1256));
    assertThat(repair.repair(broken)).isEqualTo(sentence);
  }

  @Test
  void aClosingQuoteThatLostItsLastByteIsAQuoteAgain() {
    String sentence = "قال المدير “سنبدأ غدا” أمام الصحفيين";
    String broken = Fixtures.misread(sentence, Fixtures.WINDOWS_1256).replace("\u200C", "");
    assertThat(broken).contains("\u00E2\u20AC ");
    assertThat(repair.repair(broken)).isEqualTo(sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"فاز الفريق في المباراة الأخيرة", "وقف المنتخب في الدفاع طويلا", "أفادت المصادر بتوقف الرحلات"})
  void windows1252LostBytesInPlainTextAreFeh(String sentence) {
    String broken = Fixtures.misread(sentence, Fixtures.WINDOWS_1252);
    assertThat(broken).contains("\uFFFD");
    assertThat(repair.repair(broken)).isEqualTo(sentence);
  }

  @Test
  void inVocalizedTextALostByteMayBeAVowelMark() {
    // كتاب is a known word and كفتاب is none; a shadda elsewhere says the line is vocalized.
    String sentence = "كُتاب المدرسة الجدد يحبّون القراءة";
    assertThat(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1252))).isEqualTo(sentence);
  }

  @Test
  void aYearWithItsEraLetterIsOnePairButRepaired() {
    for (String sentence : java.util.List.of("2/ 8/ 1990م", "ولد عام 1955م")) {
      assertThat(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1256))).isEqualTo(sentence);
      assertThat(repair.repair(Fixtures.misread(sentence, Fixtures.WINDOWS_1252))).isEqualTo(sentence);
    }
    assertThat(repair.repair("العدد 12 ظ… وغيره")).isEqualTo("العدد 12 ظ… وغيره");
  }

  @Test
  void iso88591WithTheC1ControlsDroppedRestoresFeh() {
    String sentence = "في الصف الأول فريق جديد";
    String latin1 = new String(sentence.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(repair.repair(latin1.replace("\u0081", ""))).isEqualTo(sentence);
  }

  @Test
  void doubleWindows1252IsUndoneWithItsMarkedBytes() {
    String sentence = "مؤتمر صحفي في الرياض حول الحفاظ على البيئة";
    String twice = Fixtures.misread(Fixtures.misread(sentence, Fixtures.WINDOWS_1252), Fixtures.WINDOWS_1252);
    assertThat(twice).contains("\u00EF\u00BF\u00BD");
    assertThat(repair.repair(twice)).isEqualTo(sentence);
  }
}
