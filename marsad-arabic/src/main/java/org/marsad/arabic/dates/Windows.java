package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stretches of a text worth tagging: around the words no temporal expression lacks (a digit, a
 * month or weekday name, اليوم، الساعة، صباحا، الشهر…). Most of an article has none of them, and the
 * patterns, with their long word alternations, cost at every position they are tried; glue words
 * (من، في، بعد) are everywhere, so they never open a window by themselves.
 */
final class Windows {
  /** Reach before a trigger word (a leading أول ثالث يوم, من) and after it (a year, a time). */
  private static final int BEFORE = 40;
  private static final int AFTER = 48;
  private static final Set<String> TRIGGERS = triggers();

  private Windows() {}

  /**
   * The last word of each multi-word entry (بعد غد opens on غد, قبل الظهر on الظهر: the first words
   * are glue), weekdays only with their article (bare أحد is "one"); month names by their first word.
   */
  private static Set<String> triggers() {
    Set<String> out = new HashSet<>();
    for (String category : List.of("cycle", "unit", "dual", "plural", "defplural", "period", "holiday",
        "decade", "now", "dayrel", "partofday", "clock", "monthword", "minword", "century", "gholiday", "daypart", "third", "defdual",
        "season", "thiscycle")) {
      Words.TEMPORAL.words(category).forEach(w -> out.add(last(w)));
    }
    Words.TEMPORAL.words("weekday").stream().filter(w -> w.startsWith("\u0627\u0644")).forEach(out::add);
    NameTable.load("months.tsv").names().forEach(w -> out.add(first(w)));
    HijriDateMatcher.MONTHS.names().forEach(w -> out.add(first(w)));
    out.removeIf(w -> w.length() < 2); // ص and م after a time are reached from its digits
    return Set.copyOf(out);
  }

  private static String first(String words) {
    int sp = words.indexOf(' ');
    return sp < 0 ? words : words.substring(0, sp);
  }

  private static String last(String words) {
    return words.substring(words.lastIndexOf(' ') + 1);
  }

  /** Disjoint [start, end) pairs on word boundaries, in order. */
  static List<int[]> of(String folded) {
    List<int[]> out = new ArrayList<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetterOrDigit(folded.charAt(end))) {
        end++;
      }
      if (trigger(folded, i, end)) {
        add(out, wordStart(folded, Math.max(0, i - BEFORE)), wordEnd(folded, Math.min(n, end + AFTER)));
      }
      i = end;
    }
    return out;
  }

  private static boolean trigger(String folded, int start, int end) {
    String word = folded.substring(start, end).toLowerCase(Locale.ROOT);
    if (Character.isDigit(word.charAt(0)) || TRIGGERS.contains(word)) {
      return true;
    }
    char c = word.charAt(0);
    boolean clitic = c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644'; // و ف ب ل
    return clitic && word.length() > 2 && (TRIGGERS.contains(word.substring(1)) || Character.isDigit(word.charAt(1)));
  }

  private static void add(List<int[]> out, int start, int end) {
    if (!out.isEmpty() && out.get(out.size() - 1)[1] >= start) {
      out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], end);
    } else {
      out.add(new int[] {start, end});
    }
  }

  private static int wordStart(String s, int i) {
    while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
