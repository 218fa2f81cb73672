package org.marsad.arabic.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds the temporal patterns from templates: {@code {rel}} is the alternation of a word category
 * of {@link Words}, and a few fixed fragments ({@code {S}} blanks, {@code {B}}/{@code {E}} word
 * edges, {@code {NUM}} a number in digits or words, {@code {MONTH}} a month name). Templates hold no
 * Arabic: the words live in the UTF-8 tables.
 */
final class Pat {
  static final NameTable NUMBERS = NameTable.load("numbers.tsv");
  private static final String NUMW = "(?:" + NUMBERS.alternation() + ")(?!\\p{L})";
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]\\w*)}");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  private Pat() {}

  static Pattern compile(String template) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(fragment(m.group(1))));
    }
    m.appendTail(out);
    Pattern p = Pattern.compile(out.toString(), Pattern.CASE_INSENSITIVE);
    PatternGuards.register(p, template);
    return p;
  }

  /**
   * Every match of {@code p} in {@code text}, as {@link Matcher#find} would find them: none when the
   * text holds none of the words every match needs, and tried only where a match can start
   * ({@link PatternGuards}). The one matcher is moved from match to match.
   */
  static Iterable<Matcher> matches(Pattern p, String text) {
    return PatternGuards.matches(p, text);
  }

  private static String fragment(String name) {
    return switch (name) {
      case "S" -> "[ \\t]+";
      // a word start, also after the clitics و or ف ("and", "so") and ب, ل, ك ("in", "for", "as"),
      // alone or after و/ف: وأمس، فالشهر الماضي، لهذا العام، بعيد الفطر، وبعد 18 شهرا
      case "B" -> "(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[\u0648\u0641]?[\u0648\u0641\u0628\u0644\u0643]))";
      case "E" -> "(?![\\p{L}\\p{N}])";
      case "NUM" -> "(?:\\d{1,4}(?!\\d)|" + NUMW + "(?:[ \\t]*+\u0648?[ \\t]*" + NUMW + "){0,2})";
      case "NUMW" -> NUMW;
      case "MONTH" -> MonthNames.MONTH;
      case "ZONE" -> TimeSuffix.ZONE_CORE;
      case "HMONTH" -> "(?:" + HijriDateMatcher.MONTHS.alternation() + ")(?!\\p{L})";
      default -> Words.TEMPORAL.alt(name);
    };
  }

  /**
   * A quick test of whether a folded text holds any of {@code names}' first words: plain substring
   * searches, far cheaper than running a word-alternation pattern (case-insensitive, at every
   * position) over a text that holds none of them, which most texts are.
   */
  static java.util.function.Predicate<String> mentionsAny(java.util.Collection<String> names) {
    java.util.Set<String> firsts = new java.util.HashSet<>();
    for (String n : names) {
      String s = n.strip();
      int sp = s.indexOf(' ');
      String first = (sp < 0 ? s : s.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
      // الربع is also written للربع after ل (see Words#alt): look for لربع, which both contain
      firsts.add(first.startsWith("\u0627\u0644") ? first.substring(1) : first);
    }
    List<String> words = List.copyOf(firsts);
    return text -> {
      String lower = lowered(text);
      for (String w : words) {
        if (lower.contains(w)) {
          return true;
        }
      }
      return false;
    };
  }

  /** The last text lowered on this thread, and its lower case: the checks of one window ask in turn. */
  private static final ThreadLocal<String[]> LOWERED = ThreadLocal.withInitial(() -> new String[2]);

  private static String lowered(String text) {
    String[] last = LOWERED.get();
    if (last[0] != text) { // the same string, not an equal one
      last[0] = text;
      last[1] = text.toLowerCase(java.util.Locale.ROOT);
    }
    return last[1];
  }

  /** The value of a number in digits or words ({@code ثمانية عشر}, {@code خمس وأربعون}), or -1. */
  static int number(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return -1;
    }
    String s = text.strip();
    if (Character.isDigit(s.charAt(0))) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    int sum = 0;
    for (String token : BLANKS.split(s)) {
      int v = wordValue(token);
      if (v < 0 && token.length() > 1 && token.charAt(0) == '\u0648') { // و joins the parts
        v = wordValue(token.substring(1));
      }
      if (v < 0) {
        if (token.equals("\u0648")) {
          continue;
        }
        return -1;
      }
      sum += v;
    }
    return sum;
  }

  private static int wordValue(String token) {
    var cells = NUMBERS.get(token);
    return cells == null ? -1 : Integer.parseInt(cells.get(0));
  }
}
