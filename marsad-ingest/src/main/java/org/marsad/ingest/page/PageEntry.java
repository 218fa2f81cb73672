package org.marsad.ingest.page;

/** A line of a page together with what it was classified as. */
record PageEntry(PageLine line, LineFacts facts) {
  LineFacts.Kind kind() {
    return facts.kind();
  }

  boolean isText() {
    return facts.kind() == LineFacts.Kind.TEXT;
  }
}
