package org.marsad.ingest.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The tail after the last " | " or " - " of a line: where sites put their name after a headline. */
final class TitleTails {
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|\\-–—]\\s");
  /** Site names are short; a longer tail is part of the headline. */
  static final int MAX_TAIL_WORDS = 4;

  private TitleTails() {}

  /** Where the last separator starts, or -1. */
  static int lastSeparator(String line) {
    Matcher m = SEPARATOR.matcher(line);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  static String tail(String line, int separator) {
    return line.substring(separator + 3).strip();
  }

  /** The short tail of {@code line} after its last separator, as a key, or null. */
  static @Nullable String tailKey(String line) {
    int cut = lastSeparator(line);
    if (cut <= 0) {
      return null;
    }
    String tail = tail(line, cut);
    return tail.isEmpty() || tail.split("\\s+").length > MAX_TAIL_WORDS ? null : PageLexicon.key(tail);
  }
}
