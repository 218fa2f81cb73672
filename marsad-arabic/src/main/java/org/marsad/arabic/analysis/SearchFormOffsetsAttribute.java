package org.marsad.arabic.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Where each char of a normalized term came from in the token's original text, so filters that
 * cut a term (such as {@link CompoundNameFilter}) can cut the offsets at the right place.
 */
public interface SearchFormOffsetsAttribute extends Attribute {

  /** Sets the offsets: {@code termLength + 1} values relative to the token's start offset. */
  void setRelativeOffsets(int[] offsets);

  /**
   * The offset, relative to the token's start, of normalized char {@code index}, or -1 when
   * unknown (no offsets set, or they do not belong to a term of this length).
   */
  int relativeOffset(int index, int termLength);
}
