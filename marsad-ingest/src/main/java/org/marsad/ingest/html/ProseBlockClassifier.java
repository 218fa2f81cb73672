package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A second opinion that ignores boxes, after jusText (Pomikálek 2011): every block of the page is
 * classed by its own length and link density as good (long, few links), bad (mostly links, stock
 * lines) or short; short blocks then take the class of their neighbours, so a short line between
 * two paragraphs stays and one among links goes. Used when the box-based result looks thin next to
 * it. Stateless.
 */
final class ProseBlockClassifier {
  private ProseBlockClassifier() {}

  /** jusText's length limit for a good paragraph, in characters. */
  private static final int GOOD_CHARS = 70;
  private static final double MAX_GOOD_LINKS = 0.2;

  private enum Kind { GOOD, BAD, SHORT }

  /** The texts of the blocks classed as good, in page order. */
  static List<String> goodTexts(List<Block> blocks) {
    Kind[] kinds = new Kind[blocks.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = classify(blocks.get(i));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == Kind.GOOD || (kinds[i] == Kind.SHORT && neighbour(kinds, i, -1) == Kind.GOOD
          && neighbour(kinds, i, 1) == Kind.GOOD)) {
        out.add(blocks.get(i).text());
      }
    }
    return out;
  }

  private static Kind classify(Block b) {
    String t = b.text();
    if (b.tag().equals("h1") || b.linkDensity() > 0.5 || b.isStockLine()) {
      return Kind.BAD;
    }
    if (t.length() >= GOOD_CHARS && b.linkDensity() < MAX_GOOD_LINKS) {
      return Kind.GOOD;
    }
    return Kind.SHORT;
  }

  /** The nearest class that is not short in direction {@code step}; bad at the page edges. */
  private static Kind neighbour(Kind[] kinds, int i, int step) {
    for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
      if (kinds[j] != Kind.SHORT) {
        return kinds[j];
      }
    }
    return Kind.BAD;
  }
}
