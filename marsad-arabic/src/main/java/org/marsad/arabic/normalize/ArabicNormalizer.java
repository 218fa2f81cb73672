package org.marsad.arabic.normalize;

/**
 * Arabic normalization at two strengths. Both return the normalized text aligned to the input,
 * so a span found in normalized text maps back to the text as published. Total (never throws on
 * any string, including broken surrogates), deterministic and idempotent. Thread-safe.
 */
public final class ArabicNormalizer {
  /** Folding can expose new NFC compositions; a few rounds always reach the fixed point. */
  private static final int MAX_SEARCH_ROUNDS = 4;

  private ArabicNormalizer() {}

  /**
   * Display form: NFC, bidi and format controls removed, presentation forms folded to base
   * letters, lone surrogates replaced by U+FFFD, exotic spaces made plain spaces.
   */
  public static AlignedText display(String text) {
    return NfcStage.apply(DisplayStage.apply(text));
  }

  /**
   * Search form: the display form without harakat, Quranic marks and tatweel, with alef, yeh,
   * heh and waw variants, Persian letters, Arabic digits and punctuation folded and cased
   * letters lower-cased. Whitespace is kept as it is.
   */
  public static AlignedText search(String text) {
    AlignedText simple = SimpleSearchFold.tryFold(text);
    return simple != null ? simple : fullSearch(text);
  }

  /** Every stage, for any text; {@link SimpleSearchFold} takes the common case in one pass. */
  static AlignedText fullSearch(String text) {
    AlignedText current = display(text);
    for (int round = 0; round < MAX_SEARCH_ROUNDS; round++) {
      AlignedText next = NfcStage.apply(SearchStage.apply(current));
      if (next.text().equals(current.text())) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** The search form's text only. */
  public static String searchKey(String text) {
    return search(text).text();
  }
}
