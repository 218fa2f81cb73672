package org.marsad.eval.gold;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a line that names a gold file's columns ({@code url1<TAB>url2<TAB>label}, {@code
 * broken<TAB>expected}) from a data line, so that every reader skips such a first line the same
 * way instead of failing on it or scoring it. A header is recognised by its first cell, which must
 * be one of the names the reader's first column goes by, and by every cell looking like a name,
 * so a data line whose first cell happens to be such a word (an Arabic phrase, a URL) is never
 * taken for one. Stateless.
 */
public final class GoldHeader {
  /** A letter, then letters, digits, spaces and the punctuation column names use. */
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N} _.\\-|/()]*");

  private static final char BOM = '\uFEFF';

  private GoldHeader() {}

  /**
   * Whether {@code line} names columns. Ask it of a file's first line that is neither blank nor a
   * {@code #} comment; a later line is data whatever it holds.
   *
   * @param firstColumn the names the first column goes by (compared ignoring case and surrounding
   *     spaces), such as {@code "url1", "url"}
   */
  public static boolean isHeader(String line, String... firstColumn) {
    String[] cells = (!line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line).split("\t", -1);
    String first = cells[0].strip().toLowerCase(Locale.ROOT);
    boolean named = false;
    for (String name : firstColumn) {
      named |= first.equals(name.toLowerCase(Locale.ROOT));
    }
    if (!named) {
      return false;
    }
    for (String cell : cells) {
      String c = cell.strip();
      if (!c.isEmpty() && !NAME.matcher(c).matches()) {
        return false;
      }
    }
    return true;
  }
}
