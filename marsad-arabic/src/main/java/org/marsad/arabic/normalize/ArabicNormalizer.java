package org.marsad.arabic.normalize;

import static org.marsad.arabic.normalize.ArabicChars.BEH;
import static org.marsad.arabic.normalize.ArabicChars.FEH;
import static org.marsad.arabic.normalize.ArabicChars.LAM;
import static org.marsad.arabic.normalize.ArabicChars.WAW;

import java.util.List;

/**
 * Arabic normalization at two strengths. Both return the normalized text aligned to the input,
 * so a span found in normalized text maps back to the text as published. Total (never throws on
 * any string, including broken surrogates), deterministic and idempotent. Thread-safe.
 */
public final class ArabicNormalizer {
  /** Folding can expose new NFC compositions; a few rounds always reach the fixed point. */
  private static final int MAX_SEARCH_ROUNDS = 4;

  /**
   * A proclitic is only stripped from a name key when what follows starts like a name that
   * commonly takes one (وعبد…، بأبو…، والـ…): names such as وليد، فيصل، بشار، لبنان keep their
   * first letter. Values are in search form.
   */
  private static final List<String> PROCLITIC_HOSTS =
      List.of("\u0639\u0628\u062F", "\u0627\u0628\u0648", "\u0627\u0628\u064A", "\u0627\u0628\u0646", "\u0627\u0644");

  private static final int MIN_NAME_AFTER_PROCLITIC = 3;

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

  /**
   * A key under which spellings of one name meet: the search form without any whitespace and
   * without a leading proclitic و/ف/ب/ل. So عبد اللهيان، عبداللهيان، عبد الله يان and
   * وعبد اللهيان share a key, as do أبو ظبي and ابوظبي. The proclitic is only stripped before
   * عبد/ابو/ابي/ابن/ال and when at least three letters remain, which keeps وليد or فيصل whole.
   */
  public static String nameKey(String name) {
    String key = searchKey(name);
    StringBuilder joined = new StringBuilder(key.length());
    key.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(joined::appendCodePoint);
    // Joining can put a mark right after a letter it composes with: normalize once more.
    String result = searchKey(joined.toString());
    String stripped = stripProclitic(result);
    while (!stripped.equals(result)) {
      result = stripped;
      stripped = stripProclitic(result);
    }
    return result;
  }

  private static String stripProclitic(String key) {
    if (key.isEmpty()) {
      return key;
    }
    char first = key.charAt(0);
    boolean proclitic = first == WAW || first == FEH || first == BEH || first == LAM;
    String rest = key.substring(1);
    if (!proclitic || rest.length() < MIN_NAME_AFTER_PROCLITIC) {
      return key;
    }
    for (String host : PROCLITIC_HOSTS) {
      if (rest.startsWith(host)) {
        return rest;
      }
    }
    return key;
  }
}
