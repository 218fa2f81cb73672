package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline as the page repeats it above the text. Old layouts set it as an {@code h2} or a
 * bold line in the same cell as the text; many templates repeat it in the article box. A leading
 * block of the text that equals or nearly equals a title known from elsewhere (metadata, the
 * {@code <title>}, the h1) is that headline, not a paragraph. Stateless.
 */
final class Headlines {
  private Headlines() {}

  /** Shorter lines (a section name) may be in a title by chance. */
  private static final int MIN_CHARS = 12;
  /** Longer blocks are paragraphs, whatever they share with the title. */
  private static final int MAX_CHARS = 300;
  /** The headline is among the first kept blocks (a kicker or a date line may come before). */
  private static final int REACH = 3;
  /** Share of the words of the longer of two lines that the shorter must share with it. */
  private static final double WORD_OVERLAP = 0.8;

  /** The known titles and the page's own: {@code <title>}, og:title and twitter:title, the first h1. */
  static List<String> titles(Document doc, List<String> known) {
    List<String> out = new ArrayList<>(known);
    out.add(doc.title());
    for (Element meta : doc.select("meta[property=og:title], meta[name=twitter:title], meta[name=title]")) {
      out.add(meta.attr("content"));
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      out.add(h1.text());
    }
    out.removeIf(String::isBlank);
    return out;
  }

  /** Drops the first of the leading kept blocks that repeats a title, if one does. */
  static void dropLeading(List<Integer> kept, List<Block> blocks, List<String> titles) {
    for (int k = 0; k < Math.min(REACH, kept.size()); k++) {
      if (repeatsTitle(blocks.get(kept.get(k)).text(), titles)) {
        kept.remove(k);
        return;
      }
    }
  }

  /**
   * Whether {@code text} is one of the titles: the same words, a title that holds it ("Headline |
   * Site" holds "Headline"), or a line that holds a title with little added.
   */
  static boolean repeatsTitle(String text, List<String> titles) {
    if (text.length() < MIN_CHARS || text.length() > MAX_CHARS) {
      return false;
    }
    String line = key(text);
    for (String title : titles) {
      String t = key(title);
      if (t.length() < MIN_CHARS) {
        continue;
      }
      if (t.equals(line) || t.contains(line) || line.contains(t) && line.length() <= t.length() * 13 / 10
          || wordOverlap(line, t) >= WORD_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  private static double wordOverlap(String a, String b) {
    Set<String> wa = new HashSet<>(Arrays.asList(a.split(" ")));
    Set<String> wb = new HashSet<>(Arrays.asList(b.split(" ")));
    int larger = Math.max(wa.size(), wb.size());
    wa.retainAll(wb);
    return larger < 3 ? 0 : (double) wa.size() / larger;
  }

  /** Search form with punctuation as spaces, so "عنوان: نص" and "عنوان - نص" compare equal. */
  private static String key(String text) {
    return FurnitureLines.key(text).replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }
}
