package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article, Readability.js-style: every element is scored by the
 * paragraphs below it (see {@link BlockCollector}), its tag and its class names, scaled down by its
 * link density; the best one is moved up to its parent when the parent scores as well, and sibling
 * boxes that score close to it (a body split into several divs) join it. Stateless.
 */
final class MainContainerFinder {
  private MainContainerFinder() {}

  /** The chosen element and its joined siblings, in page order; empty when nothing scored. */
  static List<Element> find(Map<Element, BlockStats> stats, List<Block> blocks) {
    BlockStats top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (BlockStats s : stats.values()) {
      if (!s.scored) {
        continue;
      }
      double score = finalScore(s);
      if (score > topScore) {
        topScore = score;
        top = s;
      }
    }
    if (top == null) {
      return List.of();
    }
    Element best = climb(climbToAlternatives(top.element, topScore, stats), topScore, stats);
    return withSiblings(best, stats);
  }

  static double finalScore(BlockStats s) {
    return (s.contentScore + tagWeight(s.element.normalName()) + nameWeight(s.element)) * (1 - s.linkDensity());
  }

  private static double scoreOf(Element e, Map<Element, BlockStats> stats) {
    BlockStats s = stats.get(e);
    return s == null || !s.scored ? Double.NaN : finalScore(s);
  }

  /**
   * Readability's climb: go up while parents keep a third of the score; a parent that scores higher
   * than the element below it holds more of the article and wins. A lone child always gives way to
   * its parent, which is the same box.
   */
  private static Element climb(Element top, double topScore, Map<Element, BlockStats> stats) {
    Element best = top;
    double last = topScore;
    double threshold = topScore / 3;
    for (Element p = top.parent(); p != null && !p.normalName().equals("body") && !p.normalName().equals("html"); p = p.parent()) {
      double score = scoreOf(p, stats);
      if (Double.isNaN(score)) {
        continue;
      }
      if (score < threshold) {
        break;
      }
      if (score > last) {
        best = p;
        break;
      }
      last = score;
    }
    while (best.parent() != null && !best.parent().normalName().equals("body") && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    return best;
  }

  /**
   * Articles cut into several boxes (page builders' "modules", a lead in one div and the body in
   * the next) score each box alone, all about as high. Like Readability.js's alternative
   * candidates: the nearest ancestor (a few levels up) holding at least two other boxes that score
   * close to the best one, and not mostly links, holds the whole article.
   */
  private static Element climbToAlternatives(Element best, double topScore, Map<Element, BlockStats> stats) {
    List<Element> alternatives = new ArrayList<>();
    for (BlockStats s : stats.values()) {
      if (s.scored && s.element != best && finalScore(s) >= topScore * ALTERNATIVE_SHARE
          && !isInside(s.element, best) && !isInside(best, s.element)) {
        alternatives.add(s.element);
      }
    }
    if (alternatives.size() < 2) {
      return best;
    }
    int levels = 0;
    for (Element a = best.parent(); a != null && levels < MAX_CLIMB; a = a.parent(), levels++) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        break;
      }
      BlockStats s = stats.get(a);
      if (s == null || s.linkDensity() > 0.3) {
        continue;
      }
      int inside = 0;
      for (Element alt : alternatives) {
        if (isInside(alt, a)) {
          inside++;
        }
      }
      if (inside >= 2) {
        return a;
      }
    }
    return best;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_CLIMB = 6;
  private static final double ALTERNATIVE_SHARE = 0.6;

  /** Characters of long, low-link blocks below {@code s}'s element. */
  static int prose(BlockStats s, List<Block> blocks) {
    int n = 0;
    for (int i = s.firstBlock; i < s.endBlock; i++) {
      Block b = blocks.get(i);
      if (b.text().length() >= 40 && b.linkDensity() < 0.3) {
        n += b.text().length();
      }
    }
    return n;
  }

  /** The best box and the siblings that look like more of the same article. */
  private static List<Element> withSiblings(Element best, Map<Element, BlockStats> stats) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double bestScore = scoreOf(best, stats);
    double threshold = Math.max(10, (Double.isNaN(bestScore) ? 0 : bestScore) * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      BlockStats s = stats.get(sibling);
      if (s == null || BoilerplateRules.isBoilerplateName(sibling)) {
        continue;
      }
      double score = s.scored ? finalScore(s) : 0;
      if (!best.className().isEmpty() && sibling.className().equals(best.className())) {
        score += threshold;
      }
      if (score >= threshold || looksLikeParagraph(sibling, s)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean looksLikeParagraph(Element e, BlockStats s) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    double density = s.linkDensity();
    return (s.textChars > 80 && density < 0.25) || (s.textChars > 0 && density == 0 && s.textChars < 80 && e.text().contains(". "));
  }

  static int tagWeight(String tag) {
    return switch (tag) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  /** +25 for names of article boxes, -25 for names of furniture, as Readability weighs classes. */
  static int nameWeight(Element e) {
    int w = 0;
    if (e.attr("itemprop").equals("articleBody")) {
      w += 25;
    }
    String names = BoilerplateRules.names(e);
    if (names.isEmpty()) {
      return w;
    }
    if (BoilerplateRules.NEGATIVE_NAMES.matcher(names).find()) {
      w -= 25;
    }
    if (BoilerplateRules.POSITIVE_NAMES.matcher(names).find()) {
      w += 25;
    }
    return w;
  }
}
