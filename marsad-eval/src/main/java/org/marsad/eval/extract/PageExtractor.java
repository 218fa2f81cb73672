package org.marsad.eval.extract;

/** One side of an extraction comparison: the main text of a page, paragraphs split by newlines. */
public interface PageExtractor {
  /** Short name used in tables and JSON. */
  String name();

  /** The main text; empty when the tool finds none. Never throws on bad HTML. */
  String text(String html, String url);
}
