package org.marsad.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block-level boundaries: a paragraph, heading, list item or cell, or text
 * between {@code <br>}s. {@code owner} is the nearest block element around it. Its line tests
 * ({@link BoilerplateRules}) are asked by several stages, so each is worked out once; not
 * thread-safe, like the extraction that makes it.
 */
final class Block {
  private final String text;
  private final int linkChars;
  private final Element owner;
  private byte furniture = -1;
  private byte dateLine = -1;

  Block(String text, int linkChars, Element owner) {
    this.text = text;
    this.linkChars = linkChars;
    this.owner = owner;
  }

  String text() {
    return text;
  }

  int linkChars() {
    return linkChars;
  }

  Element owner() {
    return owner;
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  String tag() {
    return owner.normalName();
  }

  /** {@link BoilerplateRules#isFurnitureLine}, worked out once. */
  boolean isFurniture() {
    if (furniture < 0) {
      furniture = (byte) (BoilerplateRules.isFurnitureLine(text) ? 1 : 0);
    }
    return furniture == 1;
  }

  /** {@link BoilerplateRules#isDateLine}, worked out once. */
  boolean isDateLine() {
    if (dateLine < 0) {
      dateLine = (byte) (BoilerplateRules.isDateLine(text) ? 1 : 0);
    }
    return dateLine == 1;
  }

  /** {@link BoilerplateRules#isStockLine}: furniture or a dateline. */
  boolean isStockLine() {
    return isFurniture() || isDateLine();
  }

  @Override
  public String toString() {
    return "Block[" + tag() + ": " + text + "]";
  }
}
