package org.marsad.arabic.normalize;

import static org.marsad.arabic.normalize.ArabicChars.*;

/**
 * The char-level part of the search form: marks and tatweel removed, letter variants, digits
 * and punctuation folded, cased letters lower-cased. Whitespace is copied unchanged.
 */
final class SearchStage {
  private SearchStage() {}

  static AlignedText apply(AlignedText in) {
    String text = in.text();
    AlignedBuilder out = new AlignedBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!isRemovedMark(cp)) {
        out.appendCodePoint(fold(cp), in.originalOffset(i), in.originalOffset(next - 1));
      }
      i = next;
    }
    return out.build(in.originalOffset(text.length()));
  }

  static boolean isRemovedMark(int cp) {
    return (cp >= FATHATAN && cp <= LAST_HARAKA)
        || cp == SUPERSCRIPT_ALEF
        || (cp >= QURANIC_FIRST && cp <= QURANIC_LAST)
        || cp == TATWEEL;
  }

  static int fold(int cp) {
    if (cp >= ARABIC_INDIC_ZERO && cp <= ARABIC_INDIC_NINE) {
      return '0' + (cp - ARABIC_INDIC_ZERO);
    }
    if (cp >= EXTENDED_INDIC_ZERO && cp <= EXTENDED_INDIC_NINE) {
      return '0' + (cp - EXTENDED_INDIC_ZERO);
    }
    int letter = foldLetter(cp);
    if (letter != cp) {
      return letter;
    }
    // Simple (1:1) case mapping is locale-independent and never changes the length.
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return Character.toLowerCase(cp);
    }
    return cp;
  }

  private static int foldLetter(int cp) {
    switch (cp) {
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_MADDA:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
      case YEH_HAMZA:
      case FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
      case AE:
      case HEH_DOACHASHMEE:
      case HEH_YEH_ABOVE:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case KEHEH:
        return KAF;
      case ARABIC_COMMA:
        return ',';
      case ARABIC_SEMICOLON:
        return ';';
      case ARABIC_QUESTION:
        return '?';
      case ARABIC_PERCENT:
        return '%';
      default:
        return cp;
    }
  }
}
