package org.marsad.arabic.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The same year" resolved against the text, not the reference: {@code ديسمبر من نفس العام} is
 * December of the year the text last named in digits, and {@code في العام ذاته} that year itself.
 * A reader goes back to the last explicit year; without one the words are left alone, since the
 * reference's year would be a guess.
 */
final class SameYear {
  private static final Words W = Words.TEMPORAL;
  /** The words right after an expression: من نفس العام, في العام ذاته. */
  private static final Pattern AFTER = Pat.compile("[ \\t]*(?:(?:{of}|\\u0641\\u064a)[ \\t]+)?{sameyear}{E}");
  private static final Pattern ALONE = Pat.compile("{B}{sameyear}{E}");
  private static final Pattern YEAR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  private static final java.util.function.Predicate<String> ANY = Pat.mentionsAny(W.words("sameyear"));

  private SameYear() {}

  /** {@code hits} (in text order, not overlapping) with their same-year words resolved. */
  static List<Hit> apply(String folded, List<Hit> hits) {
    if (!ANY.test(folded)) {
      return hits;
    }
    List<Hit> out = new ArrayList<>();
    Integer anchor = null;
    int searched = 0;
    for (Hit h : hits) {
      if (anchor != null) {
        addAlone(folded, searched, h.start(), anchor, out);
      }
      Matcher after = AFTER.matcher(folded).region(h.end(), folded.length());
      if (anchor != null && after.lookingAt() && h.grain().compareTo(Grain.MONTH) <= 0) {
        int years = anchor - h.from().getYear();
        out.add(new Hit(h.start(), after.end(), h.from().plusYears(years), h.to().plusYears(years), h.grain(),
            h.kind(), h.shift()));
        searched = after.end();
        continue;
      }
      out.add(h);
      searched = h.end();
      if (YEAR_DIGITS.matcher(folded).region(h.start(), h.end()).find()) {
        anchor = h.from().getYear();
      }
    }
    if (anchor != null) {
      addAlone(folded, searched, folded.length(), anchor, out);
    }
    out.sort(java.util.Comparator.comparingInt(Hit::start));
    return out;
  }

  /** في العام ذاته between two expressions: the anchor year itself. */
  private static void addAlone(String folded, int from, int to, int anchor, List<Hit> out) {
    if (from >= to) {
      return;
    }
    for (Matcher m = ALONE.matcher(folded).region(from, to); m.find(); ) {
      out.add(Hit.point(m.start(), m.end(), java.time.LocalDateTime.of(anchor, 1, 1, 0, 0), Grain.YEAR, Hit.Kind.OTHER));
    }
  }
}
