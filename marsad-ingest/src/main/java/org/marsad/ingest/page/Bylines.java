package org.marsad.ingest.page;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Authors' names printed without a label: a byline under the headline marked with a footnote
 * asterisk ("حمود النوفلي*"), the same name glued to the end of the headline by a scraper that
 * lost the line break, and a signature line that ends an opinion piece above the site's footer.
 * Thread-safe.
 */
final class Bylines {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 4;
  /** Arabic letters only, an optional footnote asterisk after the last word. */
  private static final Pattern NAME = Pattern.compile("[\\p{IsArabic}&&\\p{L}]{2,}(?: [\\p{IsArabic}&&\\p{L}]{2,}){1,3}");
  /** Words that start sentences or phrases, never names. */
  private static final Set<String> NOT_NAMES = keys(
      "في", "من", "على", "الي", "الى", "عن", "مع", "ان", "ولا", "لا", "لم", "لن", "قد", "هذا", "هذه", "والله", "الله", "تم", "كما", "وقد", "ثم", "او", "ام", "بل", "حتى", "انتهى", "المصدر", "تابع", "اقرا");

  /** The words as search keys, as lines' words are compared (ى folds to ي, hamzas to alef). */
  private static Set<String> keys(String... words) {
    return Arrays.stream(words).map(PageLexicon::key).collect(Collectors.toUnmodifiableSet());
  }

  private Bylines() {}

  /** The name of a byline line, asterisk removed; null when the line is not a name. */
  static @Nullable String name(PageLine line) {
    String t = line.text().replaceAll("\\s*\\*+$", "").replaceAll("^\\*+\\s*", "").strip();
    if (!NAME.matcher(t).matches()) {
      return null;
    }
    String[] words = t.split(" ");
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
      return null;
    }
    for (String key : PageLexicon.key(t).split(" ")) {
      if (NOT_NAMES.contains(key) || Weekdays.isWeekday(key)) {
        return null;
      }
    }
    return t;
  }

  /** Whether the line carries a footnote asterisk, as bylines under a headline do. */
  static boolean marked(PageLine line) {
    return line.text().endsWith("*") || line.text().startsWith("*");
  }

  /**
   * The headline with {@code name} cut from its end when a scraper glued the byline to it
   * ("…التاريخ!حمود النوفلي"); null when it does not end with the name.
   */
  static @Nullable String unglued(String headline, String name) {
    if (!headline.endsWith(name) || headline.length() <= name.length() + 1) {
      return null;
    }
    String head = headline.substring(0, headline.length() - name.length()).strip();
    return head.split("\\s+").length >= MIN_WORDS ? head : null;
  }

  /** The name of a signature: the last text line of the section, after running text; null if none. */
  static @Nullable String signature(List<PageEntry> entries, int lastPageLine) {
    int last = entries.size() - 1;
    while (last >= 0 && !entries.get(last).isText()) {
      last--;
    }
    // A page cut mid-article ends in a fragment: a signature must have the site's footer after it.
    if (last < 1 || entries.get(last).line().number() >= lastPageLine || !entries.get(last - 1).line().isParagraphLike()) {
      return null;
    }
    return name(entries.get(last).line());
  }
}
