package org.marsad.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block-level boundaries: a paragraph, heading, list item or cell, or text
 * between {@code <br>}s. {@code owner} is the nearest block element around it.
 */
record Block(String text, int linkChars, Element owner) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  String tag() {
    return owner.normalName();
  }
}
