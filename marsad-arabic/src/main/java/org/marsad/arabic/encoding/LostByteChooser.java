package org.marsad.arabic.encoding;

import java.util.List;

/**
 * Decides what each lost byte was, word by word: of all the readings of a word's lone leads, the
 * one that makes a known word wins; among equals, the likeliest bytes (the first alternatives).
 * A vowel mark cannot start a word or follow another mark (shadda aside), so such readings lose.
 */
final class LostByteChooser {
  /** Beyond this many readings of one word, the likeliest bytes are taken as they are. */
  private static final int MAX_READINGS = 256;
  private static final int KNOWN_WEIGHT = 1000;
  private static final int MISPLACED_MARK = 100_000;
  private static final char SHADDA = '\u0651';

  private final Lexicon lexicon;

  LostByteChooser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The text of {@code slots}, each a list of readings (one for a plain piece), chosen. */
  String choose(List<List<String>> slots) {
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
      out.append(bestReading(slots.subList(i, end)));
      i = end;
    }
    return out.toString();
  }

  private String bestReading(List<List<String>> word) {
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
      for (int k = 0; k < word.size(); k++) {
        pick[k] = (int) (rest % word.get(k).size());
        rest /= word.get(k).size();
        rankSum += pick[k];
      }
      String candidate = reading(word, pick);
      long score = (long) KNOWN_WEIGHT * lexicon.score(candidate) - rankSum - (misplacedMark(candidate) ? MISPLACED_MARK : 0);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
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
