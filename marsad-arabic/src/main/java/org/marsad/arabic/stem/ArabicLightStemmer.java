package org.marsad.arabic.stem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A light stemmer for retrieval on words in search form (hamza on alef folded, ى as ي, ة as ه):
 * strips a conjunction (و ف), a preposition (ب ل, and ك only before the article) and the article
 * (ال، لل), then a pronoun (ه ها هم هما كم كن نا) and a number or feminine ending (ات ون ين ان ه يه ي and the nisba
 * plurals يون يين يات). Every step keeps at least three letters, so short words such as بلد or
 * ولد stay whole; a small list of words whose first or last letters only look like clitics
 * (فلسطين، لبنان، وزير…) is never cut. Thread-safe.
 */
public final class ArabicLightStemmer {
  /** The shortest stem any step may leave. */
  static final int MIN_STEM = 3;
  /** Rarer endings that are also common name endings (ان، the construct ت) need a longer stem. */
  static final int MIN_STEM_RISKY = 4;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char TEH = '\u062A';
  private static final char ALEF = '\u0627';
  private static final String AL = "\u0627\u0644";
  private static final String LIL = "\u0644\u0644";

  /** Pronoun suffixes, longest first. */
  static final List<String> PRONOUNS = List.of(
      "\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627");

  /** Number, gender and nisba endings, longest first; ه is ة in search form. */
  static final List<String> ENDINGS = List.of(
      "\u064A\u0648\u0646", "\u064A\u064A\u0646", "\u064A\u0627\u062A", "\u0627\u062A", "\u0648\u0646",
      "\u064A\u0646", "\u064A\u0647", "\u0647", "\u064A");

  /** The dual ending, also the last letters of many names. */
  private static final String DUAL = "\u0627\u0646";

  private static final Set<String> PROTECTED = load("protected.txt");

  private ArabicLightStemmer() {}

  /**
   * The stem of one search-form word; words with anything but Arabic letters, and words too
   * short to cut, come back unchanged.
   */
  public static String stem(String word) {
    Objects.requireNonNull(word, "word");
    if (word.length() <= MIN_STEM || !arabicLetters(word) || PROTECTED.contains(word)) {
      return word;
    }
    String s = stripProclitics(word);
    return PROTECTED.contains(s) ? s : stripSuffixes(s);
  }

  /** و/ف, then ب/ل (ك before ال), then ال (ل before ال is written لل); each only if enough is left. */
  static String stripProclitics(String word) {
    String s = word;
    if ((s.charAt(0) == WAW || s.charAt(0) == FEH) && canStrip(s, 1)) {
      s = s.substring(1);
    }
    if (s.startsWith(LIL) && canStrip(s, 2)) {
      return s.substring(2);
    }
    char c = s.charAt(0);
    if ((c == BEH || c == LAM) && !s.startsWith(AL) && canStrip(s, 1)) {
      s = s.substring(1);
    } else if (c == KAF && s.startsWith(AL, 1) && canStrip(s, 1)) {
      // A lone ك (like) is rare and starts many words (كتاب، كبير): only before the article.
      s = s.substring(1);
    }
    if (s.startsWith(AL) && canStrip(s, 2)) {
      s = s.substring(2);
    }
    return s;
  }

  /** One pronoun, then one ending; ة before a pronoun is written ت (سيارته), so it goes too. */
  static String stripSuffixes(String word) {
    String s = word;
    for (String p : PRONOUNS) {
      if (s.endsWith(p) && s.length() - p.length() >= MIN_STEM) {
        s = s.substring(0, s.length() - p.length());
        if (s.charAt(s.length() - 1) == TEH && s.charAt(s.length() - 2) != ALEF && s.length() - 1 >= MIN_STEM_RISKY) {
          return s.substring(0, s.length() - 1);
        }
        break;
      }
    }
    for (String e : ENDINGS) {
      if (s.endsWith(e) && s.length() - e.length() >= MIN_STEM) {
        return s.substring(0, s.length() - e.length());
      }
    }
    if (s.endsWith(DUAL) && s.length() - DUAL.length() >= MIN_STEM_RISKY) {
      return s.substring(0, s.length() - DUAL.length());
    }
    return s;
  }

  private static boolean canStrip(String s, int prefix) {
    return s.length() - prefix >= MIN_STEM && !PROTECTED.contains(s);
  }

  private static boolean arabicLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0621' || c > '\u064A' || c == '\u0640') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = ArabicLightStemmer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
