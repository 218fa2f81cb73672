package org.marsad.arabic.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The single-byte charset a text was wrongly decoded with, read backwards: which byte each char
 * came from, and which continuation byte most likely got lost after a given lead byte.
 */
final class ByteTable {
  /** Soft hyphen: printed invisibly by windows-1256 and often stripped in transit. */
  private static final int SOFT_HYPHEN_BYTE = 0xAD;
  /** 0x81 is unassigned in windows-1252; tools that drop it lose the ف in D9 81. */
  private static final int UNASSIGNED_81 = 0x81;

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
   * The continuation byte to restore after a lead byte of the Arabic block (D8-DB) that lost
   * its own. After windows-1256 the lost byte is the soft hyphen: D8 AD is ح, the only common
   * letter ending in AD. After windows-1252 an unassigned 0x81 is lost as often: D9 81 is ف.
   */
  int lostContinuation(int lead) {
    if (latin && lead == 0xD9) {
      return UNASSIGNED_81;
    }
    return SOFT_HYPHEN_BYTE;
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
