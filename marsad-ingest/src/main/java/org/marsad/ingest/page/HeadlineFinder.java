package org.marsad.ingest.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.stem.ArabicLightStemmer;

/**
 * Finds the headline of a section from evidence rather than position alone: the headline is the
 * first line, from the top, that has a headline's shape, is followed (after any credit or date
 * lines) by the article's running text, and is confirmed by that text, whose first words repeat
 * some of its words. Lines above it are the site's header, ticker or menus. A headline printed
 * above a lead cut short with an ellipsis, with more text after the lead, is a teaser of another
 * story; a line that ends with an ellipsis is a cut headline. Neither is the page's headline.
 * Thread-safe.
 */
final class HeadlineFinder {
  /** How far into the text after a candidate its words are looked for. */
  private static final int CONFIRM_WORDS = 150;
  /** Headlines with more words than this are leads. */
  private static final int MAX_WORDS = 30;
  private static final int MAX_CHARS = 250;
  /** Share of a candidate's content words that the text after it must repeat. */
  private static final double CONFIRM_SHARE = 0.2;
  /** Words of two letters or fewer are particles, and these longer ones are as common. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "بعد", "قبل", "حول", "على", "الي", "الى", "عن", "مع", "بين", "منذ", "عند", "خلال", "كان", "كانت", "لماذا", "ماذا", "كيف", "متى", "اين", "هل");

  private HeadlineFinder() {}

  /** The index of the confirmed headline in {@code entries}, or -1 when no line is confirmed. */
  static int find(List<PageEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      PageEntry e = entries.get(i);
      if (!e.isText() || !hasShape(e.line(), i == 0 || aboveCredit(entries, i))) {
        continue;
      }
      int text = nextText(entries, i + 1);
      if (text < 0) {
        continue;
      }
      PageLine lead = entries.get(text).line();
      // Under a headline stands running text; under a list item, the next item.
      if (!lead.isParagraphLike() || lead.isTickerLike()) {
        continue;
      }
      if (isCut(lead.text()) && nextText(entries, text + 1) >= 0) {
        i = text; // a teaser of another story: its headline and lead are skipped together
        continue;
      }
      if (confirms(e.line(), entries, text)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A headline's shape: a few words, not a label, not a sentence, not cut with an ellipsis. A line
   * long enough for a lead passes only where a headline stands (first on the page, or above a
   * credit line).
   */
  static boolean hasShape(PageLine line, boolean headlinePlace) {
    String t = line.text();
    boolean sentence = t.endsWith(".") && !t.endsWith("..");
    if (line.wordCount() < 2 || line.wordCount() > MAX_WORDS || t.length() > MAX_CHARS || t.endsWith(":") || sentence || isCut(t)
        || SectionParser.isNavigation(line)) {
      return false;
    }
    return headlinePlace || !line.isParagraphLike();
  }

  /** Cut off by the site or the scraper: a trailing ellipsis. */
  static boolean isCut(String text) {
    return text.endsWith("...") || text.endsWith("…") || text.endsWith("..");
  }

  private static boolean aboveCredit(List<PageEntry> entries, int i) {
    return i + 1 < entries.size() && entries.get(i + 1).kind() == LineFacts.Kind.META;
  }

  /** The first text line at or after {@code from}, credit and date lines skipped; -1 when none. */
  private static int nextText(List<PageEntry> entries, int from) {
    for (int j = from; j < entries.size(); j++) {
      LineFacts.Kind k = entries.get(j).kind();
      if (k == LineFacts.Kind.TEXT) {
        return j;
      }
      if (k != LineFacts.Kind.META) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean confirms(PageLine candidate, List<PageEntry> entries, int from) {
    Set<String> words = contentStems(candidate.keys());
    if (words.isEmpty()) {
      return false;
    }
    long shared = words.stream().filter(leadStems(entries, from)::contains).count();
    return shared >= Math.max(1, Math.ceil(CONFIRM_SHARE * words.size()));
  }

  /** The share of the content words of {@code text} that the text from entry {@code from} on repeats. */
  static double confirmedShare(String text, List<PageEntry> entries, int from) {
    Set<String> words = contentStems(PageLine.of(0, text).keys());
    if (words.isEmpty()) {
      return 0;
    }
    Set<String> lead = leadStems(entries, from);
    return (double) words.stream().filter(lead::contains).count() / words.size();
  }

  /** Content stems of the first words of text from entry {@code from} on. */
  private static Set<String> leadStems(List<PageEntry> entries, int from) {
    Set<String> after = new HashSet<>();
    int seen = 0;
    for (int j = from; j < entries.size() && seen < CONFIRM_WORDS; j++) {
      if (entries.get(j).isText()) {
        List<String> keys = entries.get(j).line().keys();
        after.addAll(contentStems(keys.subList(0, Math.min(keys.size(), CONFIRM_WORDS - seen))));
        seen += keys.size();
      }
    }
    return after;
  }

  private static Set<String> contentStems(List<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      for (String w : k.split(" ")) {
        if (w.length() > 2 && !FUNCTION_WORDS.contains(w) && !w.matches("[0-9]+")) {
          out.add(ArabicLightStemmer.stem(w));
        }
      }
    }
    return out;
  }
}
