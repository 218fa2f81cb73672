package org.marsad.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.arabic.dates.DateMention;
import org.marsad.model.Published;

/**
 * The original outlet and date that aggregators append to a reposted headline, as the outlet's own
 * page title has them ("العنوان – DW – 2025/8/5"): cut from the headline, they give the source and
 * the publication date. Thread-safe.
 */
final class HeadlineSuffix {
  private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\s+[–—-]\\s+([^–—\\-|]{1,30}?)\\s+[–—-]\\s+([^–—]{4,40})$");

  /** A headline without its suffix, the outlet and the date the suffix gave. */
  record Split(String headline, String outlet, Published published) {}

  private HeadlineSuffix() {}

  /** The split headline, or null when it has no "– OUTLET – DATE" suffix. */
  static @Nullable Split split(String headline, ArabicDateParser dates) {
    Matcher m = SUFFIX.matcher(headline.strip());
    if (!m.matches()) {
      return null;
    }
    String outlet = m.group(2).strip();
    String date = m.group(3).strip();
    List<DateMention> found = dates.findAll(date);
    boolean wholeDate = found.size() == 1 && found.get(0).span().end() - found.get(0).span().start() >= date.length() - 1;
    if (!wholeDate || outlet.split("\\s+").length > CreditLines.MAX_OUTLET_WORDS || m.group(1).split("\\s+").length < 2) {
      return null;
    }
    return new Split(m.group(1).strip(), outlet, found.get(0).published());
  }
}
