package org.marsad.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The agency in the dateline that opens an article's first paragraph, as wire copy prints it:
 * "القاهرة (أ ش أ) - قال…", "الرياض - واس: أعلنت…", "دبي – رويترز – …". Only a known agency in
 * that place counts; a name in parentheses elsewhere is not a credit. Thread-safe.
 */
final class BodyDatelines {
  private static final Pattern DATELINE =
      Pattern.compile("^(?:\\S+(?:\\s\\S+)?)\\s*(?:[-–—]\\s*)?(?:[(\\[]([^()\\[\\]]{1,25})[)\\]]|([^\\s()\\-–—:]{1,12}(?:\\s[^\\s()\\-–—:]{1,12}){0,2}))\\s*[-–—:]");

  private final PageLexicon lexicon;

  BodyDatelines(PageLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The agency of the first paragraph's dateline, or null. */
  @Nullable String agency(List<String> body) {
    if (body.isEmpty()) {
      return null;
    }
    Matcher m = DATELINE.matcher(body.get(0).strip());
    if (!m.find()) {
      return null;
    }
    String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    return lexicon.contains(PageLexicon.Kind.AGENCY, name) ? name : null;
  }
}
