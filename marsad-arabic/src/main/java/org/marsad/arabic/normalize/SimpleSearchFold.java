package org.marsad.arabic.normalize;

/**
 * The search form in one pass for text whose every char folds on its own: ASCII, the Arabic
 * block's letters, harakat, tatweel, digits and punctuation. Such text cannot compose or reorder
 * under NFC after folding (the only composing marks, maddah and hamza above and below, are left
 * to the full path), so folding char by char gives exactly what {@link ArabicNormalizer#search}
 * gives; {@code SimpleSearchFoldTest} checks that on random text. Most news tokens qualify,
 * which makes indexing several times cheaper than running every stage. Thread-safe.
 */
final class SimpleSearchFold {
  /** Chars below this code point may qualify; the table says which. */
  private static final int LIMIT = 0x0700;
  private static final char NOT_SIMPLE = '\uFFFF';
  private static final char REMOVED = '\uFFFE';
  /** Combining maddah, hamza above and hamza below compose with the letter before them. */
  private static final char FIRST_COMPOSING_MARK = '\u0653';
  private static final char LAST_COMPOSING_MARK = '\u0655';

  /** For each char below {@link #LIMIT}: what it folds to alone, or a marker. */
  private static final char[] FOLD = table();

  private SimpleSearchFold() {}

  /** The search form of {@code text}, or null when a char needs the full path. */
  static AlignedText tryFold(String text) {
    int n = text.length();
    char[] out = new char[n];
    int[] offsets = new int[n + 1];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char f = c < LIMIT ? FOLD[c] : NOT_SIMPLE;
      if (f == NOT_SIMPLE) {
        return null;
      }
      if (f != REMOVED) {
        out[length] = f;
        offsets[length] = i;
        length++;
      }
    }
    offsets[length] = n;
    int[] trimmed = new int[length + 1];
    System.arraycopy(offsets, 0, trimmed, 0, length + 1);
    return new AlignedText(new String(out, 0, length), trimmed);
  }

  /**
   * Built by asking the full path about each char alone, so the two can never disagree on what a
   * char becomes; a char qualifies when it folds to at most one char that itself stays put.
   */
  private static char[] table() {
    char[] table = new char[LIMIT];
    for (char c = 0; c < LIMIT; c++) {
      table[c] = NOT_SIMPLE;
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        continue;
      }
      if (c >= FIRST_COMPOSING_MARK && c <= LAST_COMPOSING_MARK) {
        continue;
      }
      String folded = ArabicNormalizer.fullSearch(String.valueOf(c)).text();
      if (folded.isEmpty()) {
        table[c] = REMOVED;
      } else if (folded.length() == 1 && folded.charAt(0) < LIMIT && isStable(folded.charAt(0))) {
        table[c] = folded.charAt(0);
      }
    }
    return table;
  }

  /** A char the full path leaves as it is, and that no mark composes with after folding. */
  private static boolean isStable(char c) {
    return ArabicNormalizer.fullSearch(String.valueOf(c)).text().equals(String.valueOf(c))
        && Character.getType(c) != Character.NON_SPACING_MARK
        && Character.getType(c) != Character.COMBINING_SPACING_MARK
        && Character.getType(c) != Character.ENCLOSING_MARK;
  }
}
