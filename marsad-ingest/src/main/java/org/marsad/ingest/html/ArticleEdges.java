package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fixes the two edges of the chosen box. Above it: news pages often set the lead (standfirst) in
 * the header next to the headline, outside the body box, with only a byline or date between; a
 * prose paragraph found there, below the page's h1, belongs to the article. Below it: the last
 * paragraphs of a box are often furniture without a class (a print link, a source tag, a lone
 * name), so short lines that are not sentences after the last real paragraph go. Stateless.
 */
final class ArticleEdges {
  private ArticleEdges() {}

  /** How far above the box a lead may sit, in blocks (byline, date, photo credit between). */
  private static final int LEAD_REACH = 6;
  /** A lead is a real paragraph: this long at least. */
  private static final int LEAD_CHARS = 151;
  /** Lines between the headline and the box are short: bylines, dates, labels. */
  private static final int SHORT_LINE = 100;
  /** Shorter lines are too common to match the title by chance-free containment. */
  private static final int MIN_HEADLINE = 15;

  /**
   * The lead paragraphs above block {@code first}, in page order, or none. They must sit below the
   * headline (the h1, or a block the page's {@code <title>} repeats), with only short lines (byline,
   * date, photo caption) or other lead paragraphs between; anything longer or a link list stops the
   * search, and so does the top of the page.
   */
  static List<Integer> lead(List<Block> blocks, int first, String title) {
    List<Integer> lead = new ArrayList<>();
    for (int i = first - 1; i >= 0 && i >= first - LEAD_REACH; i--) {
      Block b = blocks.get(i);
      if (isHeadline(b, title)) {
        Collections.reverse(lead);
        return lead;
      }
      if (isLead(b)) {
        lead.add(i);
      } else if (b.text().length() > SHORT_LINE || b.linkDensity() > 0.5 && b.text().length() > 20) {
        break;
      }
    }
    return List.of();
  }

  /** The h1, or a heading-like line that the page title repeats ("Headline | Site"). */
  static boolean isHeadline(Block b, String title) {
    if (b.tag().equals("h1")) {
      return true;
    }
    String t = b.text();
    return t.length() >= MIN_HEADLINE && t.length() <= title.length() && title.contains(t);
  }

  private static boolean isLead(Block b) {
    String t = b.text();
    return t.length() >= LEAD_CHARS && b.linkDensity() < 0.1 && !BoilerplateRules.isStockLine(t)
        && (TextScores.endsSentence(t) || TextScores.commas(t) > 0);
  }

  /**
   * Whether a kept block at the end of the box, after its last paragraph, is furniture: a short
   * line that is not a sentence (a print link, a source tag), or a short line that introduces
   * something ("More on this:") or asks the reader something ("Was this article useful?"), which
   * articles do not end on.
   */
  static boolean isTailLine(String text) {
    if (text.length() < 40 && !TextScores.endsSentence(text) && !isLabelLine(text)) {
      return true;
    }
    char last = text.charAt(text.length() - 1);
    return text.length() < 80 && (last == ':' || last == '?' || last == '\u061f');
  }

  /**
   * "Label: value" lines ("المصدر: أ ف ب", "Source: Reuters") end many articles with the source or
   * wire credit that the article reader picks up; they stay.
   */
  private static boolean isLabelLine(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon >= text.length() - 2) {
      return false;
    }
    // The label is a word or two, no numbers: "(95 votes: 4.7 of 5)" is a rating, not a label.
    String label = text.substring(0, colon).strip();
    return label.split(" ").length <= 2 && label.chars().noneMatch(Character::isDigit) && !label.startsWith("(");
  }

  /** A line that introduces what follows ("Read more:", "المزيد:"). */
  static boolean isIntroLine(String text) {
    char last = text.charAt(text.length() - 1);
    return text.length() < 80 && (last == ':' || last == '\u061b');
  }
}
