package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort for pages the main-text extractor finds too short to judge: a one-line breaking
 * item ("عاجل") is still news. Takes the paragraphs outside page furniture (nav, header, footer,
 * aside, forms) that are not mostly link text.
 */
final class ShortPageText {
  private static final String FURNITURE = "nav, header, footer, aside, form, menu, noscript, script, style, template";

  private ShortPageText() {}

  static List<String> paragraphs(Document doc) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Element p : doc.select("p, li, blockquote")) {
      // select() includes the element itself: more than one means paragraphs nested inside, taken on their own.
      if (p.closest(FURNITURE) != null || p.select("p, li").size() > 1) {
        continue;
      }
      String text = p.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      int linked = p.select("a").stream().mapToInt(a -> a.text().length()).sum();
      if (linked * 2 < text.length()) {
        out.add(text);
      }
    }
    return new ArrayList<>(out);
  }
}
