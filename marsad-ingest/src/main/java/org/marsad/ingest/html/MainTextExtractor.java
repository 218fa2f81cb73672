package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main text of an article page: its paragraphs in order, without navigation, share
 * bars, comments, read-also boxes, tag lists or related links.
 *
 * <p>The page's read-also boxes are found first ({@link ReadAlsoBoxes}). One read-only pass cuts the
 * page into text blocks, skipping furniture by tag, class, id and hidden state, and skipping the
 * read-also boxes, each of which ends a block but not the article ({@link BlockCollector}); the box
 * holding the article is chosen by Readability-style scores ({@link MainContainerFinder}); its
 * blocks are kept unless they are mostly links, stock lines ("Share", "اقرأ أيضا") or furniture
 * shapes ({@link FurnitureLines}); a quotation keeps its links, and runs of short lines inside the
 * text (verse, dialogue: {@link ShortLineRuns}) are not taken for datelines or a furniture tail.
 * {@link ArticleEdges} then adds a lead that sits between the headline and the box and trims
 * furniture from the box's end. When that finds almost nothing, the class and id rules are
 * dropped (some sites name the article box like furniture). Last, as trafilatura checks its
 * result against its fallbacks, the result is compared with a box-blind jusText-like
 * classification ({@link ProseBlockClassifier}), which wins when the box result is short or holds
 * under a third of its text (a table layout, a landing page of several sections). The document is
 * not changed. Stateless and thread-safe.
 */
public final class MainTextExtractor {
  /** Less article text than this means the first try went wrong. */
  private static final int ENOUGH_CHARS = 250;
  /** A box result with less than a third of the page's prose looks thin. */
  private static final int THIN_SHARE = 3;
  /** A count is a handful of digits and separators. */
  private static final int MAX_COUNT_CHARS = 16;
  /** What a count holds besides digits and icons: thousands separators, brackets, spaces. */
  private static final String COUNT_CHARS = " .,'()[]\u066b\u066c\u060c\u00a0";
  /** Info lines kept for their fields, at most. */
  private static final int MAX_INFO_LINES = 3;

  /**
   * The main text of a page and what was found on the way.
   *
   * @param paragraphs the article's paragraphs, in page order
   * @param readAlso the page's own read-also boxes, in page order
   * @param infoLines furniture lines that label a date or an author ("نشر في: 12/03/2024 | الكاتب: …"),
   *     kept out of the text and given to the article reader for those fields
   */
  record MainText(List<String> paragraphs, List<ReadAlsoBoxes.Box> readAlso, List<String> infoLines) {}

  /** The article's paragraphs, in page order; empty when the page has no article text. */
  public List<String> extract(Document doc) {
    return read(doc, null).paragraphs();
  }

  /**
   * The main text. With {@code titles}, headlines known from elsewhere (metadata), a leading block
   * that repeats one of them or the page's {@code <title>}, og:title or h1 is not body text: the
   * article reader has the headline as its title. Without, the headline stays where the page set it
   * in the box (as text extraction benchmarks count it).
   */
  MainText read(Document doc, @Nullable List<String> titles) {
    Element body = doc.body();
    if (body == null) {
      return new MainText(List.of(), List.of(), List.of());
    }
    List<String> known = titles == null ? List.of() : Headlines.titles(doc, titles);
    MainText best = extract(body, true, doc.title(), known);
    if (chars(best.paragraphs()) < ENOUGH_CHARS) {
      MainText second = extract(body, false, doc.title(), known);
      if (chars(second.paragraphs()) > chars(best.paragraphs())) {
        best = new MainText(second.paragraphs(), best.readAlso(), second.infoLines());
      }
    }
    return best;
  }

  private static MainText extract(Element body, boolean useNames, String title, List<String> titles) {
    List<ReadAlsoBoxes.Box> boxes = ReadAlsoBoxes.find(body, useNames);
    Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
    boxes.forEach(b -> skipped.addAll(b.parts()));
    BlockCollector c = BlockCollector.collect(body, useNames, skipped);
    List<Block> blocks = c.blocks();
    List<Integer> kept = new ArrayList<>();
    Set<Integer> runs = new HashSet<>();
    List<Element> roots = MainContainerFinder.find(c.stats(), blocks);
    for (Element root : roots) {
      BlockStats s = c.stats().get(root);
      runs.addAll(ShortLineRuns.find(blocks, s.firstBlock, s.endBlock));
      for (int i = s.firstBlock; i < s.endBlock; i++) {
        if (keep(blocks.get(i), root, c.stats(), runs.contains(i))) {
          kept.add(i);
        }
      }
    }
    if (!roots.isEmpty()) {
      int first = c.stats().get(roots.get(0)).firstBlock;
      kept.addAll(0, ArticleEdges.lead(blocks, first, title));
    }
    Headlines.dropLeading(kept, blocks, titles);
    ArticleEdges.trimEnd(kept, blocks, runs);
    // Repeated lines stay: recipes, timetables and menus repeat lines on purpose.
    List<String> out = new ArrayList<>();
    for (int i : kept) {
      out.add(blocks.get(i).text());
    }
    List<String> infoLines = infoLines(blocks);
    // trafilatura's fallback test: a box result that is short, or much shorter than what a
    // box-blind classifier finds, came from the wrong box (a table layout, a landing page).
    // Measured on distinct lines, so repeats do not make a wrong box look rich.
    List<String> prose = ProseBlockClassifier.goodTexts(blocks);
    int own = distinctChars(out);
    int other = distinctChars(prose);
    if (own < ENOUGH_CHARS ? other > own : other > THIN_SHARE * own) {
      return new MainText(prose, boxes, infoLines);
    }
    return new MainText(out, boxes, infoLines);
  }

  /** The first few furniture lines that label a date or an author, wherever they are on the page. */
  private static List<String> infoLines(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < blocks.size() && out.size() < MAX_INFO_LINES; i++) {
      String t = blocks.get(i).text();
      // Labels end in a colon: lines without one skip the costlier tests.
      if ((t.indexOf(':') >= 0 || t.indexOf('\uff1a') >= 0) && blocks.get(i).isStockLine()
          && (FurnitureLines.publishedText(t) != null || FurnitureLines.authorText(t) != null)) {
        out.add(t);
      }
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

  /**
   * Whether a block inside the chosen box is article text; a line of a short-line run ({@code
   * inRun}) is not taken for a dateline.
   */
  private static boolean keep(Block b, Element root, Map<Element, BlockStats> stats, boolean inRun) {
    if (b.tag().equals("h1")) {
      return false;
    }
    // A quotation inside the article (an embedded post with its "— name (@handle) date" line and
    // its links) is quoted text, kept whole: link and date-line tests are for furniture.
    if (isQuoted(b, root, stats)) {
      return true;
    }
    if (inRun ? b.isFurniture() : b.isStockLine()) {
      return false;
    }
    if (isBareCount(b)) {
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

  /**
   * A whole number alone on its line, outside a table or a list: a view or share count whose word
   * is an icon ("👁 1٬254", "(4)"), which no sentence, verse or caption is. A price or a share
   * ("97,47 €", "17 %") is not a count.
   */
  private static boolean isBareCount(Block b) {
    String tag = b.tag();
    String t = b.text();
    if (t.length() > MAX_COUNT_CHARS || tag.equals("td") || tag.equals("th") || tag.equals("li") || tag.equals("dd")) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
      int c = t.codePointAt(i);
      boolean icon = Character.getType(c) == Character.OTHER_SYMBOL || Character.getType(c) == Character.NON_SPACING_MARK;
      if (!Character.isDigit(c) && !icon && COUNT_CHARS.indexOf(c) < 0) {
        return false;
      }
      digit |= Character.isDigit(c);
    }
    return digit;
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
