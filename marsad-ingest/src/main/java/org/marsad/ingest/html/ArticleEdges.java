package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Fixes the two edges of the chosen box. Above it: news pages often set the lead paragraph in the
 * header next to the headline, outside the body box, with only a byline, date or caption between;
 * a prose paragraph found there, below the headline, belongs to the article. Below it: the end of a
 * box is often furniture without a class: an intro line whose link list was dropped, a short run
 * after the last related-links list (app, newsletter and copyright prompts), and short lines that
 * are not sentences or that ask the reader something (ratings, print links). Stateless.
 */
final class ArticleEdges {
  private ArticleEdges() {}

  /** How far above the box a lead may sit, in blocks (byline, date, photo credit between). */
  private static final int LEAD_REACH = 6;
  /**
   * A lead is a real paragraph, this long at least. Shorter lines there are standfirsts (a
   * one-sentence summary under the headline, often the meta description), which are not body text.
   */
  private static final int LEAD_CHARS = 151;
  /** Lines between the headline and the box are short: bylines, dates, captions. */
  private static final int SHORT_LINE = 100;
  /** Shorter lines (a section name) may be in the title by chance. */
  private static final int MIN_HEADLINE = 15;
  /** At most this much text after the last link box is cut as the article's foot... */
  private static final int MAX_FOOT_CHARS = 400;
  /** ...and only if it is under a fifth of the text. */
  private static final int FOOT_SHARE = 5;

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
    return t.length() >= LEAD_CHARS && b.linkDensity() < 0.1 && !b.isStockLine()
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

  /**
   * Trims furniture from the end of the kept blocks (indices into {@code blocks}, in page order):
   * orphaned intro lines, the foot after the last link box, then tail lines. The foot goes first,
   * since what it leaves may end on a tail line. Lines of a short-line run ({@code runs}, see
   * {@link ShortLineRuns}) are article text and stay: a poem may end the article.
   */
  static void trimEnd(List<Integer> kept, List<Block> blocks, Set<Integer> runs) {
    dropOrphanIntros(kept, blocks, runs);
    dropAfterLastGap(kept, blocks, runs);
    trimTail(kept, blocks, runs);
  }

  /**
   * Drops a line that introduces what follows ("See also:") when the next block was not kept: what
   * it introduced was a link list or furniture, and the line belongs with it.
   */
  private static void dropOrphanIntros(List<Integer> kept, List<Block> blocks, Set<Integer> runs) {
    for (int k = kept.size() - 1; k >= 0; k--) {
      int i = kept.get(k);
      boolean nextKept = k + 1 < kept.size() && kept.get(k + 1) == i + 1;
      if (!nextKept && !runs.contains(i) && isIntroLine(blocks.get(i).text())) {
        kept.remove(k);
      }
    }
  }

  /**
   * Drops a short run of kept blocks at the end that a dropped block (a link list, a stock line)
   * separates from the body: what follows the related links at the foot of an article is
   * furniture (an app or newsletter prompt, a copyright line), not more of the article. The
   * separator must carry links, so an ad slot or a caption inside the body does not cut it; the
   * run must be short, so a body split by a related-links box keeps its second half.
   */
  private static void dropAfterLastGap(List<Integer> kept, List<Block> blocks, Set<Integer> runs) {
    int total = 0;
    for (int i : kept) {
      total += blocks.get(i).text().length();
    }
    int tail = 0;
    for (int k = kept.size() - 1; k > 0; k--) {
      tail += blocks.get(kept.get(k)).text().length();
      if (tail > MAX_FOOT_CHARS || tail * FOOT_SHARE > total || runs.contains(kept.get(k))) {
        return;
      }
      if (hasLinkBlock(blocks, kept.get(k - 1) + 1, kept.get(k))) {
        kept.subList(k, kept.size()).clear();
        return;
      }
    }
  }

  /** Whether a block in [from, to) carries links (a related list, a read-also line). */
  private static boolean hasLinkBlock(List<Block> blocks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (blocks.get(i).linkDensity() > 0.2) {
        return true;
      }
    }
    return false;
  }

  /** Drops short non-sentence lines after the last long paragraph . */
  private static void trimTail(List<Integer> kept, List<Block> blocks, Set<Integer> runs) {
    while (kept.size() > 1 && !runs.contains(kept.get(kept.size() - 1))
        && isTailLine(blocks.get(kept.get(kept.size() - 1)).text())) {
      kept.remove(kept.size() - 1);
    }
  }
}
