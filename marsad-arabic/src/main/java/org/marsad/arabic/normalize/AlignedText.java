package org.marsad.arabic.normalize;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * Normalized text plus, for every normalized char index i (and for {@code text.length()}), the
 * offset in the original text where that char came from. Offsets are monotone non-decreasing.
 */
public final class AlignedText {
  private final String text;
  private final int[] toOriginal;

  public AlignedText(String text, int[] toOriginal) {
    Objects.requireNonNull(text, "text");
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "toOriginal: need text.length()+1 = " + (text.length() + 1) + " offsets, got " + toOriginal.length);
    }
    this.text = text;
    this.toOriginal = toOriginal.clone();
  }

  public String text() {
    return text;
  }

  /** Maps {@code [start, end)} of the normalized text to the original text. */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("range: [" + start + ", " + end + ") outside 0.." + text.length());
    }
    return new Span(toOriginal[start], Math.max(toOriginal[start], toOriginal[end]));
  }

  public int originalOffset(int normalizedIndex) {
    return toOriginal[normalizedIndex];
  }
}
