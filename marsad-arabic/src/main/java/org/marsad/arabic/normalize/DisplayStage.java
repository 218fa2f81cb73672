package org.marsad.arabic.normalize;

import static org.marsad.arabic.normalize.ArabicChars.*;

import java.text.Normalizer;

/**
 * The char-level part of the display form: controls removed, spaces and presentation forms
 * folded, broken surrogates replaced. Works on the original text, so offsets are the char
 * indexes themselves.
 */
final class DisplayStage {
  private DisplayStage() {}

  static AlignedText apply(String text) {
    AlignedBuilder out = new AlignedBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c, i);
        out.append(text.charAt(i + 1), i + 1);
        i++;
      } else if (Character.isSurrogate(c)) {
        // A lone half cannot be encoded anywhere downstream; U+FFFD keeps the position visible.
        out.append('\uFFFD', i);
      } else if (isRemovedControl(c)) {
        continue;
      } else if (isExoticSpace(c)) {
        out.append(' ', i);
      } else if (isPresentationForm(c)) {
        // NFKC on this one char only: the rest of the text must keep its compatibility chars.
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), i);
      } else {
        out.append(c, i);
      }
    }
    return out.build(n);
  }

  static boolean isRemovedControl(char c) {
    return c == SOFT_HYPHEN
        || c == ARABIC_LETTER_MARK
        || (c >= ZERO_WIDTH_SPACE && c <= RLM)
        || (c >= LRE && c <= RLO)
        || c == WORD_JOINER
        || (c >= LRI && c <= PDI)
        || c == BOM;
  }

  static boolean isExoticSpace(char c) {
    return c == NBSP
        || (c >= EN_QUAD && c <= HAIR_SPACE)
        || c == NARROW_NBSP
        || c == MEDIUM_MATH_SPACE
        || c == IDEOGRAPHIC_SPACE;
  }

  static boolean isPresentationForm(char c) {
    return (c >= PRESENTATION_A_FIRST && c <= PRESENTATION_A_LAST)
        || (c >= PRESENTATION_B_FIRST && c <= PRESENTATION_B_LAST);
  }
}
