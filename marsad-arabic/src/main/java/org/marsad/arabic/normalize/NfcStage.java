package org.marsad.arabic.normalize;

import java.text.Normalizer;

/**
 * NFC that keeps the alignment: the text is cut into clusters (a char plus the marks that follow
 * it) and only clusters that NFC changes are rewritten; their output chars all map to the
 * cluster's first original offset. Unchanged clusters keep char-exact offsets.
 */
final class NfcStage {
  private NfcStage() {}

  /** Applies NFC to {@code in}, whose offsets already point into the original text. */
  static AlignedText apply(AlignedText in) {
    String text = in.text();
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return in;
    }
    AlignedBuilder out = new AlignedBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int end = clusterEnd(text, start);
      String cluster = text.substring(start, end);
      String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
      if (nfc.equals(cluster)) {
        for (int i = start; i < end; i++) {
          out.append(text.charAt(i), in.originalOffset(i));
        }
      } else {
        out.append(nfc, in.originalOffset(start));
      }
      start = end;
    }
    return out.build(in.originalOffset(text.length()));
  }

  private static int clusterEnd(String text, int start) {
    int i = start + Character.charCount(text.codePointAt(start));
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!composesWithPrevious(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Marks, and the Hangul vowel and final jamo, which NFC may merge into the char before. */
  private static boolean composesWithPrevious(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0x1161 && cp <= 0x1175)
        || (cp >= 0x11A8 && cp <= 0x11C2);
  }
}
