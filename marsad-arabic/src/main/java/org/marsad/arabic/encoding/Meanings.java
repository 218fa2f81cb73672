package org.marsad.arabic.encoding;

import org.marsad.arabic.encoding.Segment.Meaning;

/** What a decoded char says about whether its run is mojibake. */
final class Meanings {
  /** Persian and Urdu letters of windows-1256: \u067E \u0686 \u0698 \u06A9 \u06AF \u06CC \u0679 \u0688 \u0691 \u06BA \u06BE \u06C1 \u06D2. */
  private static final String EXTRA_LETTERS = "\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2";
  private static final int REPLACEMENT = 0xFFFD;

  private Meanings() {}

  static Meaning of(int cp, ByteTable table) {
    if (isCommonArabic(cp) || looksLikeInnerMojibake(cp, table)) {
      return Meaning.ARABIC;
    }
    if (isArabicBlock(cp)) {
      return Meaning.RARE_ARABIC;
    }
    return isPunctuationBlock(cp) ? Meaning.SYMBOL : Meaning.FOREIGN;
  }

  /** What the Latin-1 and General Punctuation chars that Arabic news quotes decode to. */
  private static boolean isPunctuationBlock(int cp) {
    boolean latin1Symbol = cp >= 0x00A0 && cp <= 0x00BF || cp == 0x00D7 || cp == 0x00F7;
    // U+FFFD: an inner layer's mark for an unassigned byte, restored when that layer is undone.
    return latin1Symbol || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x20AC || cp == REPLACEMENT;
  }

  /**
   * Double mojibake: undoing the outer layer gives the ط/ظ and symbols of an inner windows-1256
   * layer, or the Ø Ù and symbols of an inner windows-1252 one (Arabic leads and continuations).
   */
  private static boolean looksLikeInnerMojibake(int cp, ByteTable table) {
    if (table == ByteTable.WINDOWS_1256 || !Character.isBmpCodePoint(cp)) {
      return false;
    }
    int latin = ByteTable.WINDOWS_1252.byteOf((char) cp);
    return ByteTable.WINDOWS_1256.byteOf((char) cp) >= 0x80 || ByteTable.isArabicLead(latin) || ByteTable.isContinuation(latin);
  }

  /**
   * Letters, marks, digits and punctuation of Arabic news, and the Persian and Urdu letters that
   * windows-1256 has. Clean single letters before commas or no-break spaces (ط، ظ، ع، غ) decode
   * to the rest of the block (\u0620 \u06A1 \u06ED): those count against a repair.
   */
  private static boolean isCommonArabic(int cp) {
    boolean core = cp == 0x060C || cp == 0x061B || cp == 0x061F || cp >= 0x0621 && cp <= 0x063A
        || cp >= 0x0640 && cp <= 0x0652 || cp >= 0x0660 && cp <= 0x066C || cp == 0x0670;
    return core || EXTRA_LETTERS.indexOf(cp) >= 0;
  }

  static boolean isArabicBlock(int cp) {
    return cp >= 0x0600 && cp <= 0x06FF;
  }
}
