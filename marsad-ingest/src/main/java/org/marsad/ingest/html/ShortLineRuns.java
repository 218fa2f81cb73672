package org.marsad.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of short lines inside the article box that are article text: the verses of a poem,
 * the lines of a dialogue, a list of short items, set as consecutive paragraphs or as lines
 * between {@code <br>}s. Alone, a short line looks like furniture (a dateline, the short tail of
 * a box); in a run that article text surrounds, or that a line ending in a colon introduces
 * ("ومما قاله:"), it is content, and the edge and dateline rules leave it alone. Furniture shapes
 * and stock lines still go: a run does not protect "إعلان". Stateless.
 */
final class ShortLineRuns {
  private ShortLineRuns() {}

  /** A run member has at most this many words... */
  private static final int MAX_WORDS = 12;
  /** ...and characters. */
  private static final int MAX_CHARS = 100;
  /** Prose around a run: a paragraph at least this long. */
  private static final int PROSE_CHARS = 70;
  private static final int MIN_RUN = 2;
  /** "Geschrieben von:" is a label; an intro says more. */
  private static final int MIN_INTRO_WORDS = 3;

  /** Indices in {@code [from, to)} of blocks in runs of short lines that are article text. */
  static Set<Integer> find(List<Block> blocks, int from, int to) {
    Set<Integer> out = new HashSet<>();
    int i = from;
    while (i < to) {
      if (!isShortLine(blocks.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && isShortLine(blocks.get(end))) {
        end++;
      }
      if (end - i >= MIN_RUN && !isMostlyDated(blocks, i, end) && isArticleRun(blocks, i, end, from, to)) {
        for (int k = i; k < end; k++) {
          out.add(k);
        }
      }
      i = end;
    }
    return out;
  }

  /**
   * A run whose lines are half or more datelines is a schedule or a list of dated items, not verse
   * or dialogue: the dateline rule judges its lines one by one, as it does outside runs.
   */
  private static boolean isMostlyDated(List<Block> blocks, int start, int end) {
    int dated = 0;
    for (int k = start; k < end; k++) {
      dated += blocks.get(k).isDateLine() ? 1 : 0;
    }
    return dated * 2 >= end - start;
  }

  /**
   * Prose before the run, and prose after it (furniture lines between skipped) or a colon that
   * introduces the run, which may then end the article.
   */
  private static boolean isArticleRun(List<Block> blocks, int start, int end, int from, int to) {
    if (start == from || !isProse(blocks.get(start - 1))) {
      return false;
    }
    if (endsWithColon(blocks.get(start - 1).text()) || isIntro(blocks.get(start).text()) && end - start > MIN_RUN) {
      return true;
    }
    for (int k = end; k < to; k++) {
      Block b = blocks.get(k);
      if (!b.isFurniture()) {
        return isProse(b);
      }
    }
    return false;
  }

  static boolean isShortLine(Block b) {
    String t = b.text();
    if (t.length() > MAX_CHARS || b.linkDensity() > 0.1 || b.tag().matches("h[1-6]")) {
      return false;
    }
    int words = t.split(" ").length;
    return words <= MAX_WORDS && !b.isFurniture();
  }

  private static boolean isProse(Block b) {
    return b.text().length() >= PROSE_CHARS && b.linkDensity() < 0.3 && !b.isFurniture();
  }

  /** A line that introduces what follows with a colon, in a few words ("ومما قاله في قصيدته:"), not a label. */
  private static boolean isIntro(String text) {
    return endsWithColon(text) && text.split(" ").length >= MIN_INTRO_WORDS;
  }

  private static boolean endsWithColon(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ':' || last == '\uff1a';
  }
}
