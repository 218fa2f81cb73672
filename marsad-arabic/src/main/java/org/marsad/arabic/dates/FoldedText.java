package org.marsad.arabic.dates;

/**
 * A text folded for date matching, with a map back to the original offsets.
 *
 * <p>Patterns run on the folded form so that one spelling of a month name covers its hamza, ta
 * marbuta, alef maksura and diacritic variants and one {@code \d} covers Arabic-Indic digits. Spans
 * are mapped back so callers always get offsets into the text they passed. Folding is one char to at
 * most one char, so the map is a plain array. Immutable.
 */
final class FoldedText {
  private static final char DROP = '\uFFFF';
  private static final char ALEF = '\u0627';
  private static final char HEH = '\u0647';
  private static final char YEH = '\u064A';
  private static final char KAF = '\u0643';

  private final String original;
  private final String folded;
  /** origin[i] is the index in {@code original} of folded char i. */
  private final int[] origin;

  private FoldedText(String original, String folded, int[] origin) {
    this.original = original;
    this.folded = folded;
    this.origin = origin;
  }

  static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = foldChar(text.charAt(i));
      if (c != DROP) {
        origin[out.length()] = i;
        out.append(c);
      }
    }
    return new FoldedText(text, out.toString(), origin);
  }

  /** The folded form of a table entry, for building patterns and look-up keys. */
  static String fold(String s) {
    return of(s).folded;
  }

  String folded() {
    return folded;
  }

  String original() {
    return original;
  }

  int originalStart(int foldedStart) {
    return origin[foldedStart];
  }

  /** The original end of a folded end; diacritics and tatweel right after the match belong to it. */
  int originalEnd(int foldedEnd) {
    int end = origin[foldedEnd - 1] + 1;
    while (end < original.length() && isMark(original.charAt(end))) {
      end++;
    }
    return end;
  }

  private static char foldChar(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (isMark(c) || isInvisible(c)) {
      return DROP;
    }
    return foldLetter(c);
  }

  private static char foldLetter(char c) {
    switch (c) {
      case '\u0622': // alef with madda
      case '\u0623': // alef with hamza above
      case '\u0625': // alef with hamza below
      case '\u0671': // alef wasla
        return ALEF;
      case '\u0629': // ta marbuta: يونية and يونيه are the same month
        return HEH;
      case '\u0649': // alef maksura
      case '\u06CC': // Farsi yeh, common in pasted text
        return YEH;
      case '\u06A9': // keheh
        return KAF;
      case '\u060D': // Arabic date separator
        return '/';
      case '\u00A0':
      case '\u2007':
      case '\u2009':
      case '\u200A':
      case '\u202F':
        return ' ';
      default:
        return c;
    }
  }

  /** Harakat, superscript alef and tatweel: they decorate a word without changing it. */
  private static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  /** Bidi and zero-width controls that web pages sprinkle inside dates. */
  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }
}
