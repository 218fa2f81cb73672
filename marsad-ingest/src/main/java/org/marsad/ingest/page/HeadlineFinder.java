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
  private static final int LONG_HEADLINE_WORDS = 5;
  /** Words of two letters or fewer are particles, and these longer ones are as common. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "بعد", "قبل", "حول", "على", "الي", "الى", "عن", "مع", "بين", "منذ", "عند", "خلال", "كان", "كانت", "لماذا", "ماذا", "كيف", "متى", "اين", "هل");

  private HeadlineFinder() {}

  /** The index of the confirmed headline in {@code entries}, or -1 when no line is confirmed. */
  static int find(List<PageEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      PageEntry e = entries.get(i);
      if (!isCandidate(entries, i)) {
        continue;
      }
      int text = nextText(entries, i + 1);
      if (text < 0) {
        continue;
      }
      PageLine lead = entries.get(text).line();
      // Under a headline stands running text; under a list item, the next item. A long line over
      // a credit line is the headline itself, so the line above it is the site's header.
      if (!lead.isParagraphLike() || lead.isTickerLike() || (text == i + 1 && isCandidate(entries, text) && aboveCredit(entries, text))) {
        continue;
      }
      if (isTeaserLead(entries, text)) {
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
   * Lines that are never the page's headline, whatever position says: a teaser's headline and
   * lead ({@code teasers}, from {@link #teaserLines}), a cut line, a byline marked with an asterisk.
   */
  static Set<Integer> refused(List<PageEntry> entries, Set<Integer> teasers) {
    Set<Integer> out = new HashSet<>(teasers);
    for (int i = 0; i < entries.size(); i++) {
      PageEntry e = entries.get(i);
      if (e.isText() && (isCut(e.line().text()) || (Bylines.marked(e.line()) && Bylines.name(e.line()) != null))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Lines above the article that are not its text: the headline and cut lead of each teaser of
   * another story, and a headline cut off with an ellipsis above the first paragraph.
   */
  static Set<Integer> teaserLines(List<PageEntry> entries) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < entries.size() && !(entries.get(i).isText() && entries.get(i).line().isParagraphLike()); i++) {
      if (entries.get(i).isText() && isCut(entries.get(i).line().text())) {
        out.add(i);
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).isText() || entries.get(i).line().isParagraphLike()) {
        continue;
      }
      int text = nextText(entries, i + 1);
      if (text > i && isTeaserLead(entries, text)) {
        out.add(i);
        out.add(text);
      }
    }
    return out;
  }


  private static boolean isCandidate(List<PageEntry> entries, int i) {
    PageEntry e = entries.get(i);
    return e.isText()
        && hasShape(e.line(), i == 0 || aboveCredit(entries, i))
        && !(Bylines.marked(e.line()) && Bylines.name(e.line()) != null);
  }

  /** A lead cut with an ellipsis with running text after it: the teaser of another story. */
  private static boolean isTeaserLead(List<PageEntry> entries, int lead) {
    return entries.get(lead).line().isParagraphLike() && isCut(entries.get(lead).line().text()) && nextText(entries, lead + 1) >= 0;
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
    // One shared word confirms a short headline; a longer one needs two, or one common word would do.
    int needed = words.size() >= LONG_HEADLINE_WORDS ? 2 : 1;
    return shared >= Math.max(needed, Math.ceil(CONFIRM_SHARE * words.size()));
  }

  /** The share of the content words of {@code text} that {@code lead} ({@link #leadStems}) repeats. */
  static double confirmedShare(String text, Set<String> lead) {
    Set<String> words = contentStems(PageLine.of(0, text).keys());
    return words.isEmpty() ? 0 : (double) words.stream().filter(lead::contains).count() / words.size();
  }


  /**
   * Whether the next line after {@code lines[i]}, blank, credit and date lines skipped, is running
   * text that repeats at least half the content words of {@code lines[i]}: the mark of a page's own
   * headline.
   */
  static boolean confirmedBelow(List<PageLine> lines, List<LineFacts> facts, int i) {
    Set<String> words = contentStems(lines.get(i).keys());
    for (int j = i + 1; j < lines.size(); j++) {
      PageLine next = lines.get(j);
      if (next.isBlank() || facts.get(j).kind() == LineFacts.Kind.META) {
        continue;
      }
      if (words.isEmpty() || !next.isParagraphLike()) {
        return false;
      }
      Set<String> lead = contentStems(next.keys());
      return words.stream().filter(lead::contains).count() * 2 >= words.size();
    }
    return false;
  }

  /** Content stems of the first words of text from entry {@code from} on. */
  static Set<String> leadStems(List<PageEntry> entries, int from) {
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
