package org.marsad.eval.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Turns a title into a query the way people type it: 1 to 3 spelling, clitic or number changes,
 * each on a word where it applies, chosen by a seeded {@link Random} so a seed gives the same
 * queries every time.
 */
public final class QueryVariants {
  private static final char ALEF = '\u0627';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char KAF = '\u0643';
  private static final char TATWEEL = '\u0640';
  /** Fatha, damma, kasra, sukun, shadda, tanween fath. */
  private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0652', '\u0651', '\u064B'};
  private static final String AL = "\u0627\u0644";
  private static final String LIL = "\u0644\u0644";
  /** Single-letter proclitics people add or drop: و ب ل. */
  private static final String CLITICS = "\u0648\u0628\u0644";
  private static final String AT = "\u0627\u062A";
  private static final String UN = "\u0648\u0646";
  private static final String IN = "\u064A\u0646";

  /** One way a typed query differs from the published title. */
  public enum Kind {
    /** أ، إ، آ typed as ا. */
    HAMZA_DROPPED,
    /** ا typed as أ or إ, or أ and إ swapped. */
    HAMZA_MISPLACED,
    /** Final ى and ي swapped. */
    YEH_SWAPPED,
    /** Final ة and ه swapped. */
    TEH_MARBUTA_SWAPPED,
    /** A tatweel stretched inside a word. */
    TATWEEL_ADDED,
    /** Harakat added. */
    DIACRITICS_ADDED,
    /** و، ب، ل or ال put before a word. */
    CLITIC_ADDED,
    /** A leading ال (or و/ب/ل before it) left out. */
    CLITIC_REMOVED,
    /** Singular and plural swapped: ة↔ات، ون↔ين. */
    NUMBER_CHANGED,
    /** Persian keyboard letters: ی for ي، ک for ك، ە for ه. */
    PERSIAN_LETTERS
  }

  /** A query and the changes it went through, in order. */
  public record Variant(String query, List<Kind> kinds) {}

  private QueryVariants() {}

  /** The title with 1 to 3 changes of distinct kinds, each on a word where it applies. */
  public static Variant vary(String title, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(title.strip().split("\\s+")));
    List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
    Collections.shuffle(kinds, random);
    int wanted = 1 + random.nextInt(3);
    List<Kind> applied = new ArrayList<>();
    for (Kind kind : kinds) {
      if (applied.size() == wanted) {
        break;
      }
      if (applyToSomeWord(kind, words, random)) {
        applied.add(kind);
      }
    }
    return new Variant(String.join(" ", words), List.copyOf(applied));
  }

  private static boolean applyToSomeWord(Kind kind, List<String> words, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    for (int i : order) {
      String changed = apply(kind, words.get(i), random);
      if (changed != null && !changed.equals(words.get(i))) {
        words.set(i, changed);
        return true;
      }
    }
    return false;
  }

  /** The word with one change of {@code kind}, or null when it does not apply to this word. */
  public static @Nullable String apply(Kind kind, String word, Random random) {
    if (word.length() < 2 || !isArabicWord(word)) {
      return null;
    }
    return switch (kind) {
      case HAMZA_DROPPED -> replaceOne(word, "\u0623\u0625\u0622", ALEF, random);
      case HAMZA_MISPLACED -> misplaceHamza(word, random);
      case YEH_SWAPPED -> swapLast(word, ALEF_MAKSURA, YEH);
      case TEH_MARBUTA_SWAPPED -> swapLast(word, TEH_MARBUTA, HEH);
      case TATWEEL_ADDED -> insertAt(word, 1 + random.nextInt(word.length() - 1), String.valueOf(TATWEEL));
      case DIACRITICS_ADDED -> addHarakat(word, random);
      case CLITIC_ADDED -> addClitic(word, random);
      case CLITIC_REMOVED -> removeClitic(word);
      case NUMBER_CHANGED -> changeNumber(word);
      case PERSIAN_LETTERS -> persian(word);
    };
  }

  private static boolean isArabicWord(String word) {
    return word.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  private static @Nullable String replaceOne(String word, String from, char to, Random random) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      if (from.indexOf(word.charAt(i)) >= 0) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return null;
    }
    char[] chars = word.toCharArray();
    chars[at.get(random.nextInt(at.size()))] = to;
    return new String(chars);
  }

  private static @Nullable String misplaceHamza(String word, Random random) {
    if (word.indexOf(ALEF_HAMZA_ABOVE) >= 0) {
      return replaceOne(word, String.valueOf(ALEF_HAMZA_ABOVE), ALEF_HAMZA_BELOW, random);
    }
    if (word.indexOf(ALEF_HAMZA_BELOW) >= 0) {
      return replaceOne(word, String.valueOf(ALEF_HAMZA_BELOW), ALEF_HAMZA_ABOVE, random);
    }
    // The article's alef never takes a hamza in typing; any other bare alef may.
    int from = word.startsWith(AL) ? 1 : 0;
    String tail = replaceOne(word.substring(from), String.valueOf(ALEF), random.nextBoolean() ? ALEF_HAMZA_ABOVE : ALEF_HAMZA_BELOW, random);
    return tail == null ? null : word.substring(0, from) + tail;
  }

  private static @Nullable String swapLast(String word, char a, char b) {
    char last = word.charAt(word.length() - 1);
    char swapped = last == a ? b : last == b ? a : 0;
    return swapped == 0 ? null : word.substring(0, word.length() - 1) + swapped;
  }

  private static String insertAt(String word, int at, String what) {
    return word.substring(0, at) + what + word.substring(at);
  }

  private static String addHarakat(String word, Random random) {
    StringBuilder b = new StringBuilder(word.length() * 2);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < word.length(); i++) {
      b.append(word.charAt(i));
      if (count > 0 && (random.nextInt(word.length()) < 3 || i == word.length() - 1)) {
        b.append(HARAKAT[random.nextInt(HARAKAT.length)]);
        count--;
      }
    }
    return b.toString();
  }

  private static String addClitic(String word, Random random) {
    if (word.startsWith(AL)) {
      // ل before ال drops the alef: للحكومة.
      char clitic = CLITICS.charAt(random.nextInt(CLITICS.length()));
      return clitic == '\u0644' ? LIL + word.substring(2) : clitic + word;
    }
    int pick = random.nextInt(CLITICS.length() + 1);
    return pick == CLITICS.length() ? AL + word : CLITICS.charAt(pick) + word;
  }

  private static @Nullable String removeClitic(String word) {
    if (word.startsWith(AL) && word.length() >= 5) {
      return word.substring(2);
    }
    if (word.length() >= 6 && CLITICS.indexOf(word.charAt(0)) >= 0 && word.startsWith(AL, 1)) {
      return word.substring(1);
    }
    if (word.startsWith(LIL) && word.length() >= 5) {
      return AL + word.substring(2);
    }
    return null;
  }

  private static @Nullable String changeNumber(String word) {
    int n = word.length();
    if (n >= 5 && word.endsWith(UN)) {
      return word.substring(0, n - 2) + IN;
    }
    if (n >= 5 && word.endsWith(IN)) {
      return word.substring(0, n - 2) + UN;
    }
    if (n >= 5 && word.endsWith(AT)) {
      return word.substring(0, n - 2) + TEH_MARBUTA;
    }
    if (n >= 4 && word.charAt(n - 1) == TEH_MARBUTA) {
      return word.substring(0, n - 1) + AT;
    }
    return null;
  }

  private static @Nullable String persian(String word) {
    String changed = word.replace(YEH, '\u06CC').replace(KAF, '\u06A9').replace(HEH, '\u06D5');
    return changed.equals(word) ? null : changed;
  }
}
