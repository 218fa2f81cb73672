package org.marsad.stories.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.names.Gazetteer;

/**
 * The known places an article names, as {@link Gazetteer} keys (search form, single spaces).
 * Windows of one to three words are looked up, longest first, so الولايات المتحدة is one place
 * and not two words. The first word of a window may carry clitics, tried from the least change
 * on: the word as written, then without a conjunction و/ف, then without a preposition ب/ل/ك
 * or, for لل, which is ل before ال with its alef dropped, with ال put back. So بالرياض،
 * والسعودية، لسوريا، للعراق and للبنان find الرياض، السعودية، سوريا، العراق and لبنان, while
 * لبنان and ليبيا, found as written, are never cut. The article ال itself is never stripped:
 * the gazetteer keeps it where names have it. Thread-safe.
 */
public final class Places {
  /** The longest names in the gazetteer have three words (المملكة العربية السعودية). */
  static final int MAX_WORDS = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final String AL = "\u0627\u0644";
  private static final String LIL = "\u0644\u0644";
  private static final Set<String> FIRST_WORDS = firstWords();

  private Places() {}

  /** The sorted set of places named in the title and body (capped as for {@link StoryTerms}). */
  public static Set<String> of(String title, List<String> body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Set<String> found = new TreeSet<>();
    find(ArticleWords.words(title), found);
    for (String paragraph : ArticleWords.cappedBody(body)) {
      find(ArticleWords.words(paragraph), found);
    }
    return Collections.unmodifiableSet(found);
  }

  private static void find(List<String> words, Set<String> found) {
    Gazetteer gazetteer = Gazetteer.places();
    for (int i = 0; i < words.size(); ) {
      List<String> readings = readings(words.get(i));
      int matched = 0;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        String key = lookUp(gazetteer, readings, words.subList(i + 1, i + n));
        if (key != null) {
          found.add(key);
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
  }

  /** The first reading that, followed by {@code rest}, is a known place; or null. */
  private static @Nullable String lookUp(Gazetteer gazetteer, List<String> readings, List<String> rest) {
    String tail = null;
    for (String reading : readings) {
      if (rest.isEmpty()) {
        if (gazetteer.contains(reading)) {
          return reading;
        }
      } else if (FIRST_WORDS.contains(reading)) {
        tail = tail != null ? tail : " " + String.join(" ", rest);
        if (gazetteer.contains(reading + tail)) {
          return reading + tail;
        }
      }
    }
    return null;
  }

  /** Whether a known place of more than one word starts with this word. */
  static boolean startsLongerName(String word) {
    return FIRST_WORDS.contains(word);
  }

  /** First words of the names of more than one word: only these start a longer window. */
  private static Set<String> firstWords() {
    Set<String> first = new HashSet<>();
    for (String key : Gazetteer.places().keys()) {
      int space = key.indexOf(' ');
      if (space > 0) {
        first.add(key.substring(0, space));
      }
    }
    return Set.copyOf(first);
  }

  /** The word as written, without a conjunction, then without a preposition too. */
  static List<String> readings(String word) {
    List<String> readings = new ArrayList<>(4);
    readings.add(word);
    String bare = word;
    if (bare.length() > 2 && (bare.charAt(0) == WAW || bare.charAt(0) == FEH)) {
      bare = bare.substring(1);
      readings.add(bare);
    }
    char c = bare.charAt(0);
    if (bare.length() > 2 && (c == BEH || c == LAM || c == KAF)) {
      readings.add(bare.substring(1));
    }
    if (bare.length() > 3 && bare.startsWith(LIL)) {
      readings.add(AL + bare.substring(2));
    }
    return readings;
  }
}
