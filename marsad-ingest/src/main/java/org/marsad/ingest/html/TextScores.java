package org.marsad.ingest.html;

/** Scores of text runs used to weigh paragraphs and containers. Stateless. */
final class TextScores {
  private TextScores() {}

  /**
   * Readability.js's paragraph score: one point, one per comma (Latin, Arabic {@code ،}, CJK) and one
   * per hundred characters up to three; commas mark running prose rather than labels and links.
   */
  static double paragraphScore(String text) {
    return 1 + commas(text) + Math.min(text.length() / 100, 3);
  }

  /** Commas, Latin, Arabic and CJK. */
  static int commas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\u060c' || c == '\uff0c' || c == '\u3001') {
        commas++;
      }
    }
    return commas;
  }

  /** Whether the text ends like a sentence (Latin, Arabic and CJK stops, closing quotes allowed). */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u061f\u3002\uff01\uff1f\u2026:".indexOf(text.charAt(i)) >= 0;
  }
}
