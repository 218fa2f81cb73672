package org.marsad.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class AlignmentTest {

  private static String findInOriginal(String original, String normalizedNeedle) {
    AlignedText search = ArabicNormalizer.search(original);
    int at = search.text().indexOf(normalizedNeedle);
    assertThat(at).as("needle in %s", search.text()).isGreaterThanOrEqualTo(0);
    Span span = search.toOriginal(at, at + normalizedNeedle.length());
    return span.of(original);
  }

  @Test
  void spanInSearchFormCoversWordWithItsHarakat() {
    String original = "قال عَبْدُ اللّهِ أمس";
    assertThat(findInOriginal(original, "عبد")).isEqualTo("عَبْدُ");
    assertThat(findInOriginal(original, "الله")).isEqualTo("اللّهِ");
    assertThat(findInOriginal(original, "عبد الله")).isEqualTo("عَبْدُ اللّهِ");
  }

  @Test
  void spanSkipsRemovedControlsAndTatweel() {
    String original = "\u200Fفي مـــدينة\u200E غزة";
    assertThat(findInOriginal(original, "مدينه")).isEqualTo("مـــدينة\u200E");
    assertThat(findInOriginal(original, "في")).isEqualTo("في");
  }

  @Test
  void presentationFormExpansionMapsToTheOriginatingChar() {
    String original = "قال \uFDF2 اكبر";
    AlignedText display = ArabicNormalizer.display(original);
    assertThat(display.text()).isEqualTo("قال الله اكبر");
    for (int i = 4; i < 8; i++) {
      assertThat(display.originalOffset(i)).isEqualTo(4);
    }
    assertThat(display.toOriginal(4, 8).of(original)).isEqualTo("\uFDF2");
    assertThat(findInOriginal("\uFEFBعب", "لا")).isEqualTo("\uFEFB");
  }

  @Test
  void composedClusterMapsToTheWholeOriginalCluster() {
    String original = "سا\u0654ل";
    AlignedText display = ArabicNormalizer.display(original);
    assertThat(display.text()).isEqualTo("سأل");
    assertThat(display.toOriginal(1, 2).of(original)).isEqualTo("ا\u0654");
  }

  @Test
  void digitsMapOneToOne() {
    String original = "عام ٢٠٢٤م";
    assertThat(findInOriginal(original, "2024")).isEqualTo("٢٠٢٤");
  }

  @Test
  void cleanTextHasIdentityAlignment() {
    String original = "الطالب يحفظ الدرس";
    AlignedText search = ArabicNormalizer.search(original);
    assertThat(search.text()).isEqualTo(original);
    for (int i = 0; i <= original.length(); i++) {
      assertThat(search.originalOffset(i)).isEqualTo(i);
    }
  }

  @Test
  void reorderedClusterWithSupplementaryBaseStaysMonotone() {
    // Found by jqwik: NFC reorders the marks, then search drops one of them.
    String original = "\uD800\uDC00\u0301\u064B";
    AlignedText search = ArabicNormalizer.search(original);
    assertThat(search.text()).isEqualTo("\uD800\uDC00\u0301");
    for (int i = 1; i <= search.text().length(); i++) {
      assertThat(search.originalOffset(i)).isGreaterThanOrEqualTo(search.originalOffset(i - 1));
    }
  }

  @Test
  void emptyText() {
    AlignedText search = ArabicNormalizer.search("");
    assertThat(search.text()).isEmpty();
    assertThat(search.originalOffset(0)).isZero();
    AlignedText onlyControls = ArabicNormalizer.search("\u200F\u0640\u064E");
    assertThat(onlyControls.text()).isEmpty();
    assertThat(onlyControls.originalOffset(0)).isEqualTo(3);
  }
}
