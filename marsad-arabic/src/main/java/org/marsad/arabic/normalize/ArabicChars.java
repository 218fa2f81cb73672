package org.marsad.arabic.normalize;

/** Code points the normalizers treat specially, named so the rules read like the spec. */
final class ArabicChars {
  private ArabicChars() {}

  // Format and bidi controls dropped from the display form.
  static final char SOFT_HYPHEN = '\u00AD';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char ZWNJ = '\u200C';
  static final char ZWJ = '\u200D';
  static final char LRM = '\u200E';
  static final char RLM = '\u200F';
  static final char LRE = '\u202A';
  static final char RLO = '\u202E';
  static final char WORD_JOINER = '\u2060';
  static final char LRI = '\u2066';
  static final char PDI = '\u2069';
  static final char BOM = '\uFEFF';

  // Spaces folded to U+0020 in the display form.
  static final char NBSP = '\u00A0';
  static final char EN_QUAD = '\u2000';
  static final char HAIR_SPACE = '\u200A';
  static final char NARROW_NBSP = '\u202F';
  static final char MEDIUM_MATH_SPACE = '\u205F';
  static final char IDEOGRAPHIC_SPACE = '\u3000';

  // Presentation-form blocks folded with NFKC.
  static final char PRESENTATION_A_FIRST = '\uFB50';
  static final char PRESENTATION_A_LAST = '\uFDFF';
  static final char PRESENTATION_B_FIRST = '\uFE70';
  static final char PRESENTATION_B_LAST = '\uFEFF';

  // Marks removed from the search form.
  static final char FATHATAN = '\u064B';
  static final char LAST_HARAKA = '\u065F';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char QURANIC_FIRST = '\u06D6';
  static final char QURANIC_LAST = '\u06ED';
  static final char TATWEEL = '\u0640';

  // Letters.
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH_HAMZA = '\u0626';
  static final char FARSI_YEH = '\u06CC';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char AE = '\u06D5';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char HEH_YEH_ABOVE = '\u06C0';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';

  // Digits and punctuation.
  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char ARABIC_INDIC_NINE = '\u0669';
  static final char EXTENDED_INDIC_ZERO = '\u06F0';
  static final char EXTENDED_INDIC_NINE = '\u06F9';
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION = '\u061F';
  static final char ARABIC_PERCENT = '\u066A';
}
