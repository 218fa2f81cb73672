package org.marsad.arabic.encoding;

/**
 * A piece of a line as the scanner sees it.
 *
 * @param kind what the piece is
 * @param start first char in the line
 * @param end char after the piece
 * @param decoded what the piece becomes when its run is repaired
 * @param strong whether a continuation char is a symbol, which clean Arabic never puts there
 * @param arabic whether the decoded text is in the Arabic block (or, for a first layer of double
 *     mojibake, is itself windows-1256 mojibake)
 */
record Segment(Kind kind, int start, int end, String decoded, boolean strong, boolean arabic) {

  enum Kind {
    /** ASCII: the same in every layer, so it never decides anything. */
    NEUTRAL,
    /** A lead char plus continuation chars that form one well-formed UTF-8 sequence. */
    SEQUENCE,
    /** An Arabic-block lead whose continuation byte was lost in transit. */
    LONE_LEAD,
    /** Anything else, including clean Arabic letters: it ends a run. */
    OTHER
  }

  boolean inRun() {
    return kind != Kind.OTHER;
  }
}
