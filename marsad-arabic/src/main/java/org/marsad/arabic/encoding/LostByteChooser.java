package org.marsad.arabic.encoding;

import java.util.List;

/**
 * Decides what each lost byte was, word by word: of all the readings of a word's lone leads, the
 * one that makes a known word wins; among equals, the likeliest bytes (the first alternatives).
 * A vowel mark cannot start a word or follow another mark (shadda aside), so such readings lose.
 * A lost byte is read as a vowel mark in vocalized text (a fatha, shadda, sukun or dammatan in
 * sight), else only on a word's first letter: elsewhere marks are so rare that a known word
 * without the mark is no evidence; the letter \u0641 (D9 81) is far likelier, even in a word the
 * lexicon does not know.
 */
final class LostByteChooser {
  /** Beyond this many readings of one word, the likeliest bytes are taken as they are. */
  private static final int MAX_READINGS = 256;
  private static final int KNOWN_WEIGHT = 1000;
  private static final int MISPLACED_MARK = 100_000;
  private static final int UNVOCALIZED_MARK = 10_000;
  private static final int FULLY_KNOWN = 2;
  private static final int MIN_PASSIVE_LETTERS = 4;
  private static final char SHADDA = '\u0651';
  /** Marks that survive every layer, so their presence says the text is vocalized. */
  private static final String VISIBLE_MARKS = "\u064C\u064E\u0651\u0652";

  private final Lexicon lexicon;

  LostByteChooser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The text of {@code slots}, each a list of readings (one for a plain piece), chosen. */
  String choose(List<List<String>> slots) {
    boolean vocalized = slots.stream().anyMatch(s -> s.size() == 1 && VISIBLE_MARKS.indexOf(s.get(0).charAt(0)) >= 0);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < slots.size()) {
      if (!isWordPart(slots.get(i))) {
        out.append(slots.get(i).get(0));
        i++;
        continue;
      }
      int end = i;
      while (end < slots.size() && isWordPart(slots.get(end))) {
        end++;
      }
      out.append(bestReading(slots.subList(i, end), vocalized));
      i = end;
    }
    return out.toString();
  }

  private String bestReading(List<List<String>> word, boolean vocalized) {
    long readings = 1;
    for (List<String> slot : word) {
      readings *= slot.size();
      if (readings > MAX_READINGS) {
        return reading(word, new int[word.size()]);
      }
    }
    int[] pick = new int[word.size()];
    String best = reading(word, pick);
    long bestScore = Long.MIN_VALUE;
    for (long r = 0; r < readings; r++) {
      long rest = r;
      int rankSum = 0;
      int lostMarks = 0;
      boolean onFirstLetter = true;
      for (int k = 0; k < word.size(); k++) {
        List<String> slot = word.get(k);
        pick[k] = (int) (rest % slot.size());
        rest /= slot.size();
        rankSum += pick[k];
        boolean mark = slot.size() > 1 && Lexicon.isDiacritic(slot.get(pick[k]).charAt(0));
        lostMarks += mark ? 1 : 0;
        onFirstLetter &= !mark || k == 1;
      }
      String candidate = reading(word, pick);
      int known = lexicon.score(candidate);
      boolean markAllowed = lostMarks == 0 || vocalized || isPassiveMark(candidate, known, onFirstLetter);
      long score = (long) KNOWN_WEIGHT * known - rankSum
          - (misplacedMark(candidate) ? MISPLACED_MARK : 0) - (markAllowed ? 0 : UNVOCALIZED_MARK);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Unvocalized news marks a vowel where a word would be ambiguous without it: on its first
   * letter (a passive verb or participle) of a known word of four letters or more. Shorter words
   * without the mark are too often a real word by chance.
   */
  private static boolean isPassiveMark(String candidate, int known, boolean onFirstLetter) {
    return onFirstLetter && known == FULLY_KNOWN && Lexicon.key(candidate).length() >= MIN_PASSIVE_LETTERS;
  }

  private static String reading(List<List<String>> word, int[] pick) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < word.size(); k++) {
      sb.append(word.get(k).get(pick[k]));
    }
    return sb.toString();
  }

  private static boolean misplacedMark(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Lexicon.isDiacritic(c)) {
        boolean first = i == 0;
        boolean afterMark = i > 0 && Lexicon.isDiacritic(word.charAt(i - 1)) && word.charAt(i - 1) != SHADDA && c != SHADDA;
        if (first || afterMark) {
          return true;
        }
      }
    }
    return false;
  }

  /** A slot belongs to a word when one of its readings is a letter or a vowel mark. */
  private static boolean isWordPart(List<String> slot) {
    for (String s : slot) {
      if (!s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || Lexicon.isDiacritic(s.charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
