package org.marsad.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's original text.
 * Every annotation points into the text as published, never into a normalized form.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span: need 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
