package org.marsad.ingest.charset;

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed ones. A few bad sequences among many
 * good ones (a cut at the end, one pasted Latin-1 character) still mean UTF-8; windows-1256 Arabic
 * is malformed almost everywhere.
 *
 * @param multiByte well-formed sequences of two to four bytes
 * @param invalid malformed sequences, not counting one cut by the end of the input
 */
record Utf8Check(int multiByte, int invalid) {
  /**
   * Eight good sequences for each bad one, the feed reader's rule before the merge: windows-1256
   * Arabic has a bad sequence for nearly every letter, so it is far below this.
   */
  private static final int GOOD_PER_BAD = 8;

  boolean isUtf8() {
    return invalid == 0 || multiByte >= GOOD_PER_BAD * invalid;
  }

  static Utf8Check of(byte[] b) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < b.length) {
      int v = b[i] & 0xFF;
      int extra = v < 0x80 ? 0 : v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : -1;
      if (extra == 0) {
        i++;
        continue;
      }
      if (extra < 0 || !continues(b, i + 1, extra)) {
        // a sequence cut by the end of the input is a cut, not a wrong charset
        bad += i + extra >= b.length && extra > 0 && continues(b, i + 1, b.length - i - 1) ? 0 : 1;
        i++;
        continue;
      }
      good++;
      i += extra + 1;
    }
    return new Utf8Check(good, bad);
  }

  private static boolean continues(byte[] b, int from, int count) {
    if (from + count > b.length) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
