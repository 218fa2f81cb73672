package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an article page: its paragraphs in order, without navigation, share
 * bars, comments, read-also boxes, tag lists or related links.
 *
 * <p>One read-only pass cuts the page into text blocks, skipping furniture by tag, class, id and
 * hidden state ({@link BlockCollector}); the box holding the article is chosen by Readability-style
 * scores ({@link MainContainerFinder}); its blocks are kept unless they are mostly links, stock
 * lines ("Share", "اقرأ أيضا"); a quotation keeps its links. {@link ArticleEdges} then adds a lead
 * that sits between the headline and the box and trims furniture from the box's end. When that
 * finds almost nothing, the class and id rules are dropped (some sites name the article box like
 * furniture). Last, as trafilatura checks its result against its fallbacks, the result is compared
 * with a box-blind jusText-like classification ({@link ProseBlockClassifier}), which wins when the
 * box result is short or holds under a third of its text (a table layout, a landing page of
 * several sections). The document is not changed. Stateless and thread-safe.
 */
public final class MainTextExtractor {
  /** Less article text than this means the first try went wrong. */
  private static final int ENOUGH_CHARS = 250;
  /** A box result with less than a third of the page's prose looks thin. */
  private static final int THIN_SHARE = 3;

  /** The article's paragraphs, in page order; empty when the page has no article text. */
  public List<String> extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    String title = doc.title();
    List<String> best = extract(body, true, title);
    if (chars(best) < ENOUGH_CHARS) {
      List<String> second = extract(body, false, title);
      if (chars(second) > chars(best)) {
        best = second;
      }
    }
    return best;
  }

  private static List<String> extract(Element body, boolean useNames, String title) {
    BlockCollector c = BlockCollector.collect(body, useNames);
    List<Block> blocks = c.blocks();
    List<Integer> kept = new ArrayList<>();
    List<Element> roots = MainContainerFinder.find(c.stats(), blocks);
    for (Element root : roots) {
      BlockStats s = c.stats().get(root);
      for (int i = s.firstBlock; i < s.endBlock; i++) {
        if (keep(blocks.get(i), root, c.stats())) {
          kept.add(i);
        }
      }
    }
    if (!roots.isEmpty()) {
      int first = c.stats().get(roots.get(0)).firstBlock;
      kept.addAll(0, ArticleEdges.lead(blocks, first, title));
    }
    ArticleEdges.trimEnd(kept, blocks);
    // Repeated lines stay: recipes, timetables and menus repeat lines on purpose.
    List<String> out = new ArrayList<>();
    for (int i : kept) {
      out.add(blocks.get(i).text());
    }
    // trafilatura's fallback test: a box result that is short, or much shorter than what a
    // box-blind classifier finds, came from the wrong box (a table layout, a landing page).
    // Measured on distinct lines, so repeats do not make a wrong box look rich.
    List<String> prose = ProseBlockClassifier.goodTexts(blocks);
    int own = distinctChars(out);
    int other = distinctChars(prose);
    if (own < ENOUGH_CHARS ? other > own : other > THIN_SHARE * own) {
      return prose;
    }
    return out;
  }

  /** Inside a blockquote below the box that is not mostly links (a read-also line styled as a quote is). */
  private static boolean isQuoted(Block b, Element root, Map<Element, BlockStats> stats) {
    for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
      if (e.normalName().equals("blockquote")) {
        BlockStats s = stats.get(e);
        return s != null && s.linkDensity() < 0.5;
      }
    }
    return false;
  }

  /** Whether a block inside the chosen box is article text. */
  private static boolean keep(Block b, Element root, Map<Element, BlockStats> stats) {
    if (b.tag().equals("h1")) {
      return false;
    }
    // A quotation inside the article (an embedded post with its "— name (@handle) date" line and
    // its links) is quoted text, kept whole: link and date-line tests are for furniture.
    if (isQuoted(b, root, stats)) {
      return true;
    }
    if (BoilerplateRules.isStockLine(b.text())) {
      return false;
    }
    if (b.linkDensity() > 0.5) {
      return false;
    }
    // A list or box of links inside the article (related stories, tags) goes, whatever its class.
    for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
      BlockStats s = stats.get(e);
      if (s != null && s.linkDensity() > 0.5 && s.textChars < 3000) {
        return false;
      }
    }
    return true;
  }

  private static int distinctChars(List<String> paragraphs) {
    return chars(new ArrayList<>(new HashSet<>(paragraphs)));
  }

  private static int chars(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }
}
