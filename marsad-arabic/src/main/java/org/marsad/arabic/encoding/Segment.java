package org.marsad.arabic.encoding;

import java.util.List;

/**
 * A piece of a line as the scanner sees it.
 *
 * @param kind what the piece is
 * @param start first char in the line
 * @param end char after the piece
 * @param decoded what a sequence or lone lead becomes when its run is repaired, else empty
 * @param strong whether a continuation char is a symbol, which clean Arabic never puts there
 * @param meaning what kind of char the decoded text is
 * @param alternatives for a lone lead, every char it may stand for, {@code decoded} first
 */
record Segment(Kind kind, int start, int end, String decoded, boolean strong, Meaning meaning, List<String> alternatives) {

  Segment(Kind kind, int start, int end, String decoded, boolean strong, Meaning meaning) {
    this(kind, start, end, decoded, strong, meaning, decoded.isEmpty() ? List.of() : List.of(decoded));
  }

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

  /** What a decoded sequence says about the run. */
  enum Meaning {
    /** Arabic block, or windows-1256 mojibake when undoing an outer layer: for repair. */
    ARABIC,
    /** Punctuation, symbols and spaces (« » … NBSP): neither for nor against. */
    SYMBOL,
    /** Letters of other scripts (é, ǻ, ʡ): what clean Arabic before « or ، decodes to. */
    FOREIGN,
    /** Rare chars of the Arabic block: what a clean single letter before ، or NBSP decodes to. */
    RARE_ARABIC,
    /** Not decoded. */
    NONE
  }

  static Segment plain(Kind kind, int at) {
    return new Segment(kind, at, at + 1, "", false, Meaning.NONE);
  }

  boolean inRun() {
    return kind != Kind.OTHER;
  }

  Segment demoted() {
    return new Segment(Kind.OTHER, start, end, "", false, Meaning.NONE);
  }
}
