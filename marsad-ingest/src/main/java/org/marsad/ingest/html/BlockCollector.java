package org.marsad.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over the DOM that cuts the visible text into {@link Block}s and keeps {@link BlockStats}
 * for every element that holds text. Furniture subtrees ({@link BoilerplateRules}) are skipped
 * without being visited. Iterative (jsoup's traversor), so deep nesting cannot overflow the stack,
 * and read-only: the caller's document is not changed.
 */
final class BlockCollector implements NodeFilter {
  /** Elements that start a new block; everything else is inline and joins the text around it. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption",
      "figure", "address", "hr", "form", "fieldset", "center", "details", "summary", "body", "html", "legend");

  private final boolean useNames;
  private final Set<Element> skipped;
  private final List<Block> blocks = new ArrayList<>();
  private final Map<Element, BlockStats> stats = new IdentityHashMap<>();
  private final Deque<Element> blockOwners = new ArrayDeque<>();
  private final Deque<BlockStats> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  /** Inside {@code <pre>}, where a line break is a line: the verses of a poem block, a listing. */
  private int preDepth;

  private BlockCollector(boolean useNames, Set<Element> skipped) {
    this.useNames = useNames;
    this.skipped = skipped;
  }

  /** Blocks and stats of {@code root}; {@code useNames} also skips furniture by class and id. */
  static BlockCollector collect(Element root, boolean useNames) {
    return collect(root, useNames, Set.of());
  }

  /**
   * As {@link #collect(Element, boolean)}, also skipping the {@code skipped} elements (read-also
   * boxes), each of which ends the block before it: the text after a box is a new paragraph.
   */
  static BlockCollector collect(Element root, boolean useNames, Set<Element> skipped) {
    BlockCollector c = new BlockCollector(useNames, skipped);
    c.blockOwners.push(root);
    NodeTraversor.filter(c, root);
    c.flush();
    return c;
  }

  List<Block> blocks() {
    return blocks;
  }

  Map<Element, BlockStats> stats() {
    return stats;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (skipped.contains(e)) {
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BoilerplateRules.SKIPPED_TAGS.contains(tag) || BoilerplateRules.isHidden(e)
        || (useNames && BoilerplateRules.isBoilerplateName(e) && !BoilerplateRules.holdsMainContent(e))) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      flush();
      return FilterResult.CONTINUE;
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      blockOwners.push(e);
    }
    BlockStats s = new BlockStats(e);
    s.firstBlock = blocks.size();
    open.push(s);
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e) || e.normalName().equals("br")) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      blockOwners.pop();
    }
    if (tag.equals("a")) {
      linkDepth--;
    }
    if (tag.equals("pre")) {
      preDepth--;
    }
    BlockStats s = open.pop();
    s.endBlock = blocks.size();
    if (s.textChars > 0) {
      stats.put(e, s);
      BlockStats parent = open.peek();
      if (parent != null) {
        parent.textChars += s.textChars;
        parent.linkChars += s.linkChars;
      }
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Appends text with whitespace runs (no-break spaces too) collapsed to one space; in a {@code
   * <pre>}, a line break ends the block.
   */
  private void appendText(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' && preDepth > 0) {
        flush();
        continue;
      }
      boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f' || c == '\u200b';
      if (space) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      } else {
        text.append(c);
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  /** Ends the current block, if it has text, and scores it into its ancestors. */
  private void flush() {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
      linkChars = Math.min(linkChars, end);
    }
    if (end > 0) {
      String t = text.substring(0, end);
      Block b = new Block(t, linkChars, blockOwners.peek());
      blocks.add(b);
      addToOpen(b);
    }
    text.setLength(0);
    linkChars = 0;
  }

  /**
   * Counts the block's characters into the innermost open element (tail() passes them upward) and
   * its content score into the nearest ancestors, full to the owner's parent and less further up, as
   * Readability.js does for each paragraph.
   */
  private void addToOpen(Block b) {
    BlockStats inner = open.peek();
    if (inner == null) {
      return;
    }
    inner.textChars += b.text().length();
    inner.linkChars += b.linkChars();
    if (b.text().length() < 25) {
      return;
    }
    double score = TextScores.paragraphScore(b.text());
    // Levels count from the owner's parent; a div of loose text counts as its own paragraph.
    int level = -1;
    for (BlockStats s : open) {
      if (level < 0) {
        if (s.element == b.owner()) {
          level = 0;
        }
        continue;
      }
      if (level > 4) {
        break;
      }
      s.contentScore += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      s.scored = true;
      level++;
    }
  }
}
