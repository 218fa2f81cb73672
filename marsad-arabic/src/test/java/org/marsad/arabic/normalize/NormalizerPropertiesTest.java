package org.marsad.arabic.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.marsad.arabic.names.NameKeys;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizerPropertiesTest {

  /** Text that mixes the chars the normalizer cares about with arbitrary UTF-16 units. */
  @Provide
  Arbitrary<String> messy() {
    Arbitrary<Character> interesting = Arbitraries.of(
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ي', 'ة', 'ه', 'ؤ', 'ئ', 'ی', 'ک', 'ە', 'ھ', 'ۀ', 'ل', 'ع',
        '\u064B', '\u064E', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670', '\u06D6',
        '\u06ED', '\u0640', '٠', '٩', '۴', '،', '؛', '؟', '٪', '\u200E', '\u200F', '\u061C',
        '\u202B', '\u2067', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u00A0', '\u2003',
        '\u3000', '\uFEFB', '\uFDF2', '\uFDFA', '\uFE70', '\uFE8D', '\uFB50', '\uFDD0', '\uD800',
        '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', ' ', '\t', '\n', 'A', 'İ', 'e', '\u0301', '\u1100',
        '\u1161', '\u11A8', '\uAC00', '\u2126', '\u0344');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> mixed = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, interesting), net.jqwik.api.Tuple.of(1, any));
    return mixed.list().ofMaxSize(40).map(NormalizerPropertiesTest::join);
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  @Property(tries = 2000)
  void displayIsTotalAlignedAndIdempotent(@ForAll("messy") String text) {
    AlignedText display = ArabicNormalizer.display(text);
    assertAligned(display, text);
    assertThat(ArabicNormalizer.display(display.text()).text()).isEqualTo(display.text());
    assertThat(Normalizer.isNormalized(display.text(), Normalizer.Form.NFC)).isTrue();
  }

  @Property(tries = 2000)
  void searchIsTotalAlignedAndIdempotent(@ForAll("messy") String text) {
    AlignedText search = ArabicNormalizer.search(text);
    assertAligned(search, text);
    assertThat(ArabicNormalizer.search(search.text()).text()).isEqualTo(search.text());
    assertThat(ArabicNormalizer.searchKey(text)).isEqualTo(search.text());
    AlignedText again = ArabicNormalizer.search(text);
    assertThat(again.text()).isEqualTo(search.text());
    for (int i = 0; i <= search.text().length(); i++) {
      assertThat(again.originalOffset(i)).isEqualTo(search.originalOffset(i));
    }
  }

  @Property(tries = 1000)
  void randomUnicodeNeverBreaksIt(@ForAll String text) {
    AlignedText search = ArabicNormalizer.search(text);
    assertAligned(search, text);
    assertThat(ArabicNormalizer.search(search.text()).text()).isEqualTo(search.text());
    assertThat(NameKeys.key(text)).isNotNull();
  }

  @Property(tries = 500)
  void nameKeyIsIdempotent(@ForAll("messy") String text) {
    String key = NameKeys.key(text);
    assertThat(NameKeys.key(key)).isEqualTo(key);
  }

  private static void assertAligned(AlignedText aligned, String original) {
    int previous = 0;
    for (int i = 0; i <= aligned.text().length(); i++) {
      int offset = aligned.originalOffset(i);
      assertThat(offset).isBetween(previous, original.length());
      previous = offset;
    }
    assertThat(aligned.originalOffset(aligned.text().length())).isEqualTo(original.length());
  }
}
