package org.marsad.arabic.names;

import java.util.List;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Keys under which spellings of one name meet: the search form without any whitespace and
 * without a leading proclitic و/ف/ب/ل/ك. So عبد اللهيان، عبداللهيان، عبد الله يان and
 * وعبد اللهيان share a key, as do أبو ظبي and ابوظبي, and لباكستان and باكستان. Thread-safe.
 */
public final class NameKeys {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';

  /**
   * A proclitic is stripped when what follows starts like a name that commonly takes one
   * (وعبد…، بأبو…، والـ…) or is a known place (لباكستان، وبغداد); names such as وليد، فيصل، بشار،
   * لبنان keep their first letter. Values are in search form: عبد، ابو، ابي، ابن، ال.
   */
  private static final List<String> PROCLITIC_HOSTS =
      List.of("\u0639\u0628\u062F", "\u0627\u0628\u0648", "\u0627\u0628\u064A", "\u0627\u0628\u0646", "\u0627\u0644");

  private static final int MIN_NAME_AFTER_PROCLITIC = 3;

  private NameKeys() {}

  public static String key(String name) {
    String key = ArabicNormalizer.searchKey(name);
    StringBuilder joined = new StringBuilder(key.length());
    key.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(joined::appendCodePoint);
    // Joining can put a mark right after a letter it composes with: normalize once more.
    String result = ArabicNormalizer.searchKey(joined.toString());
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
    boolean proclitic = first == WAW || first == FEH || first == BEH || first == LAM || first == KAF;
    String rest = key.substring(1);
    if (!proclitic || rest.length() < MIN_NAME_AFTER_PROCLITIC) {
      return key;
    }
    for (String host : PROCLITIC_HOSTS) {
      if (rest.startsWith(host)) {
        return rest;
      }
    }
    // لباكستان is ل + باكستان, but لبنان is a name: only a known place after the letter decides.
    Gazetteer places = Gazetteer.places();
    return places.containsJoined(rest) && !places.containsJoined(key) ? rest : key;
  }
}
