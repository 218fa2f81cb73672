package org.marsad.ingest.html;

import org.jsoup.nodes.Element;

/**
 * What the collector learned about one element's subtree: the range of its blocks (blocks come in
 * document order, so a subtree's blocks are contiguous), its text and link characters, and its
 * Readability-style content score from the paragraphs below it. Mutable while collecting.
 */
final class BlockStats {
  final Element element;
  int firstBlock;
  int endBlock;
  int textChars;
  int linkChars;
  double contentScore;
  boolean scored;

  BlockStats(Element element) {
    this.element = element;
  }

  double linkDensity() {
    return textChars == 0 ? 0 : (double) linkChars / textChars;
  }
}
