package org.marsad.ingest.records;

import java.util.ArrayList;
import java.util.List;

/**
 * Line splitting and whitespace collapsing, by hand: they run on every paragraph of a corpus.
 * Public so that whatever maps offsets of a raw record onto its stored body (the news-dates
 * evaluation) tidies whitespace exactly as the reader does.
 */
public final class Text {
  private Text() {}

  /** Lines split at \n, \r\n, \r, U+0085, U+2028 and U+2029. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** Runs of whitespace (Unicode spaces included) become one space; ends are stripped. */
  public static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.length() == text.length() ? text : out.toString();
  }

  /** Whitespace and no-break spaces; zero-width joiners are not spaces and stay. */
  public static boolean isSpace(char c) {
    return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F'))
        || c == '\u00A0' || c == '\u0085' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }
}
