package org.marsad.arabic.normalize;

import java.util.Arrays;

/**
 * Accumulates normalized chars together with the original offset each one came from, so every
 * normalization stage can be written as a simple left-to-right copy loop.
 */
final class AlignedBuilder {
  private final StringBuilder text;
  private int[] offsets;

  AlignedBuilder(int capacity) {
    text = new StringBuilder(capacity);
    offsets = new int[capacity + 1];
  }

  void append(char c, int originalOffset) {
    if (text.length() + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2 + 2);
    }
    offsets[text.length()] = originalOffset;
    text.append(c);
  }

  /** Appends every char of {@code s}, all attributed to one original offset. */
  void append(CharSequence s, int originalOffset) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), originalOffset);
    }
  }

  /**
   * Appends a code point; a surrogate pair takes {@code lowOffset} for its second half, which
   * callers copy from their input so offsets stay monotone after cluster rewrites.
   */
  void appendCodePoint(int codePoint, int highOffset, int lowOffset) {
    if (Character.isBmpCodePoint(codePoint)) {
      append((char) codePoint, highOffset);
    } else {
      append(Character.highSurrogate(codePoint), highOffset);
      append(Character.lowSurrogate(codePoint), lowOffset);
    }
  }

  /** The result; {@code endOffset} is where the end of the normalized text maps to. */
  AlignedText build(int endOffset) {
    int[] result = Arrays.copyOf(offsets, text.length() + 1);
    result[text.length()] = endOffset;
    return new AlignedText(text.toString(), result);
  }
}
