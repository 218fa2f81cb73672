package org.marsad.eval.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorruptionTest {
  /** حلم (D8 AD D9 84 D9 85) with a closing quote (E2 80 9D) and a no-break space (C2 A0). */
  private static final String TEXT = "حلم”\u00A0في";

  @Test
  void windows1256ReadsEveryByte() {
    assertThat(Corruption.CP1256.apply("حلم")).isEqualTo("ط\u00ADظ„ظ…");
    assertThat(Corruption.CP1256.losesBytes()).isFalse();
  }

  @Test
  void lostSoftHyphenLeavesALoneTah() {
    assertThat(Corruption.CP1256_LOST_AD.apply("حلم")).isEqualTo("طظ„ظ…");
    assertThat(Corruption.CP1256_LOST_AD.losesBytes()).isTrue();
  }

  @Test
  void otherInvisiblesAreLostButNotTheSoftHyphen() {
    String broken = Corruption.CP1256_LOST_OTHER.apply(TEXT);
    // ” is E2 80 9D: â € and the ZWNJ that is lost; the NBSP after آ (C2) is lost too.
    assertThat(broken).isEqualTo("ط\u00ADظ„ظ…\u00E2\u20AC\u0622ظپظٹ");
    assertThat(Corruption.CP1256_LOST_ALL.apply(TEXT)).isEqualTo("طظ„ظ…\u00E2\u20AC\u0622ظپظٹ");
  }

  @Test
  void windows1252MarksItsUnassignedBytes() {
    // في is D9 81 D9 8A: 0x81 is unassigned in windows-1252.
    assertThat(Corruption.CP1252.apply("في")).isEqualTo("\u00D9\uFFFD\u00D9\u0160");
    assertThat(Corruption.ISO_8859_1.apply("في")).isEqualTo("\u00D9\u0081\u00D9\u008A");
  }

  @Test
  void doubleLayersStackTheirReadings() {
    assertThat(Corruption.DOUBLE_1256_1252.apply("ا")).isEqualTo(Corruption.misread("ط§", java.nio.charset.Charset.forName("windows-1252")));
    assertThat(Corruption.DOUBLE_1256_1252.apply("ا")).isEqualTo("Ø·Â§");
    assertThat(Corruption.DOUBLE_1252_1252.apply("ف")).isEqualTo("Ã™ï¿½");
  }

  @Test
  void everyKindIsAPureFunction() {
    for (Corruption kind : Corruption.values()) {
      assertThat(kind.apply(TEXT)).as(kind.id()).isEqualTo(kind.apply(TEXT)).isNotEqualTo(TEXT);
    }
  }
}
