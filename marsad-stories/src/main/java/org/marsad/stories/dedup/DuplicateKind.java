package org.marsad.stories.dedup;

/** How an article relates to the earlier one it was matched to. */
public enum DuplicateKind {
  /** Not a copy of any earlier article: it founds its own group. */
  NONE,
  /** The same normalized words as an earlier article. */
  EXACT,
  /** An earlier article's text edited, re-dated, cut or extended. */
  NEAR
}
