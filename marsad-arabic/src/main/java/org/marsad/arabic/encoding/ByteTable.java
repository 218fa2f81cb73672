package org.marsad.arabic.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The single-byte charset a text was wrongly decoded with, read backwards: which byte each char
 * came from, and which continuation bytes may have got lost after a given lead byte.
 */
final class ByteTable {
  static final ByteTable WINDOWS_1256 = new ByteTable(Charset.forName("windows-1256"), false);
  /** windows-1252 together with ISO-8859-1, whose only difference is the 0x80-0x9F range. */
  static final ByteTable WINDOWS_1252 = new ByteTable(Charset.forName("windows-1252"), true);

  private final int[] byteOfChar = new int[0x10000];
  private final boolean latin;

  private ByteTable(Charset charset, boolean latin) {
    this.latin = latin;
    Arrays.fill(byteOfChar, -1);
    for (int b = 0; b < 0x100; b++) {
      String s = new String(new byte[] {(byte) b}, charset);
      char c = s.charAt(0);
      if (c != '\uFFFD') {
        byteOfChar[c] = b;
      }
    }
    if (latin) {
      // The ISO-8859-1 reading of 0x80-0x9F, C1 controls, which some converters produce
      // instead of the windows-1252 symbols; no windows-1252 char sits on these code points.
      for (int b = 0x80; b < 0xA0; b++) {
        byteOfChar[b] = b;
      }
    }
  }

  /** The byte {@code c} decodes from, or -1 when this charset cannot produce {@code c}. */
  int byteOf(char c) {
    return byteOfChar[c];
  }

  /**
   * The continuation bytes that may have been lost after {@code lead}, most likely first; the
   * words around decide among them. After windows-1256 the lost byte is an invisible char that
   * transit strips: the soft hyphen above all (D8 AD is \u062D, the only common letter ending in
   * AD), then the no-break space (D9 A0 is the digit zero), ZWNJ and ZWJ (E2 80 9D is the closing
   * quote). After windows-1252 it is one of its five unassigned bytes, which a decoder marks with
   * U+FFFD ({@code marked}): D9 81 is \u0641, D9 8F, 90 and 8D are vowel marks.
   */
  int[] lostCandidates(int lead, boolean marked) {
    boolean arabic = isArabicLead(lead);
    if (!latin) {
      if (lead == 0xC2) {
        return new int[] {0xA0, 0xAD};
      }
      return arabic ? new int[] {0xAD, 0xA0, 0x9D, 0x9E} : new int[] {0x9D, 0xAD, 0x9E, 0xA0};
    }
    if (marked) {
      return arabic ? new int[] {0x81, 0x8F, 0x90, 0x8D, 0x9D} : new int[] {0x9D, 0x8D, 0x8F, 0x81, 0x90};
    }
    // ISO-8859-1 C1 controls or the soft hyphen, dropped without a trace.
    return lead == 0xD9 ? new int[] {0x81, 0xAD, 0x8F, 0x90, 0x8D, 0x9D} : new int[] {0xAD, 0x81, 0x8D, 0x8F, 0x90, 0x9D};
  }

  /** Whether decoders of this charset put U+FFFD where they met an unassigned byte. */
  boolean marksLostBytes() {
    return latin;
  }

  static boolean isArabicLead(int b) {
    return b >= 0xD8 && b <= 0xDB;
  }

  static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** How many continuation bytes a UTF-8 lead byte needs, or 0 when it is no lead byte. */
  static int continuationsNeeded(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      return 1;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      return 2;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      return 3;
    }
    return 0;
  }

  /** Decodes one well-formed UTF-8 sequence, or returns -1 for overlong, surrogate or too big. */
  static int decode(int[] bytes, int count) {
    int cp;
    int min;
    if (count == 2) {
      cp = bytes[0] & 0x1F;
      min = 0x80;
    } else if (count == 3) {
      cp = bytes[0] & 0x0F;
      min = 0x800;
    } else {
      cp = bytes[0] & 0x07;
      min = 0x10000;
    }
    for (int i = 1; i < count; i++) {
      cp = (cp << 6) | (bytes[i] & 0x3F);
    }
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < min || cp > 0x10FFFF || surrogate ? -1 : cp;
  }
}
