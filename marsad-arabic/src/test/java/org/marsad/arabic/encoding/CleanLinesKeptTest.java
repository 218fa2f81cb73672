package org.marsad.arabic.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines heavy in ط ظ ع غ (the windows-1256 readings of the UTF-8 Arabic leads), next to
 * commas, quotes, ellipses and no-break spaces, which look like continuation bytes: never changed.
 */
class CleanLinesKeptTest {
  private final MojibakeRepair repair = new MojibakeRepair();

  @ParameterizedTest
  @ValueSource(strings = {
    "ظ، ط، ع، غ",
    "غطاء، ظرف، طبع، عظم",
    "“ظلام” و”غيوم” فوق “طنطا”",
    "«طظ» «عغ» ‹ط› ›ظ‹",
    "ضغط… حفظ… لفظ… بلغ…",
    "ط\u00A0ظ\u00A0ع\u00A0غ آ ظ",
    "الحظ آ، الخط آ؛ الضغط آ",
    "عبر طرق “ظليلة” — غير معبدة",
    "حافظ: «ظفر» غطى عطلا ‰ طوال",
    "بلغ ٢٠٢٤، ضغط ١٠٠٪ وظ ٣٠"
  })
  void cleanLinesAreNeverChanged(String line) {
    assertThat(repair.repair(line)).isEqualTo(line);
    assertThat(repair.looksBroken(line)).isFalse();
  }
}
