package org.marsad.arabic.dates;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Precision;

/**
 * Dates with a month name: {@code 20 تشرين الثاني 2024}, {@code 30th, January 2024},
 * {@code January 30, 2024}, {@code ٧ أيار ٢٠٢٥}, and month-year
 * {@code يناير 2024} (MONTH precision). Day-level forms take an optional weekday before and an
 * optional time and zone after.
 */
final class NamedDateMatcher {
  private static final String SP = TimeSuffix.SP;
  private static final String MIN = "\u0645\u0646"; // من
  /** عام، سنه ("year"), as in 15 مارس من عام 2024. */
  private static final String YEAR_WORD = "(?:\u0639\u0627\u0645|\u0633\u0646\u0647)";
  private static final String ORDINAL = "(?:(?:st|nd|rd|th)(?!\\p{L}))";

  private static final String DAY = "(?<![\\p{N}.:/\\-])(?<d>[0-3]?\\d)(?!\\d)" + ORDINAL + "?+";
  private static final String DAY_TO_MONTH =
      SP + "*+[,\u060C]?+" + SP + "*+(?:(?:of|" + MIN + ")" + SP + "++)?+";
  private static final String MONTH_TO_DAY = SP + "++(?<d2>[0-3]?\\d)(?!\\d)" + ORDINAL + "?+" + SP + "*+[,\u060C]?+" + SP + "*+";
  private static final String TO_YEAR =
      SP + "*+[,\u060C]?+" + SP + "*+(?:(?:" + MIN + SP + "++)?+" + YEAR_WORD + SP + "++)?+";
  /** A year may carry {@code م} (AD); two-digit years are checked by the caller. */
  private static final String YEAR =
      "(?<y>\\d{4}|\\d{2})(?!\\d|[./\\-]\\d)(?:" + SP + "?+\u0645(?!\\p{L}))?+";

  /**
   * Day-month-year, month-day-year and month-year in one pattern, so the month trie is tried once
   * per position. The leading day group must stay backtracking (not possessive): java.util.regex does
   * not reset a group captured inside a possessive construct when the match later fails there.
   */
  private static final Pattern NAMED = Pattern.compile(
      "(?:" + DAY + DAY_TO_MONTH + ")?(?<!\\p{L})(?<mon>" + MonthNames.MONTH + ")"
          + "(?:" + MONTH_TO_DAY + "|" + TO_YEAR + ")" + YEAR + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);
  /** What may follow a bare two-digit year: end of line or punctuation, never another word. */
  private static final Pattern AFTER_SHORT_YEAR = Pattern.compile(SP + "*+(?:$|[\\r\\n.,\u060C;:)\\]])");

  private NamedDateMatcher() {}

  static void collect(String folded, List<Candidate> out) {
    Matcher m = NAMED.matcher(folded);
    while (m.find()) {
      OptionalInt month = MonthNames.month(m.group("mon"));
      String d = m.group("d") != null ? m.group("d") : m.group("d2");
      String y = m.group("y");
      boolean twoDays = m.group("d") != null && m.group("d2") != null;
      if (month.isEmpty() || twoDays) {
        continue;
      }
      if (d == null) {
        monthYear(m, month.getAsInt()).ifPresent(out::add);
      } else if (y.length() == 4 || shortYearAllowed(m, folded)) {
        int start = MonthNames.withWeekday(folded, m.start());
        Candidate.date(Candidate.fullYear(y), month.getAsInt(), Integer.parseInt(d))
            .ifPresent(date -> out.add(Candidate.of(start, m.end(), date, TimeSuffix.read(m))));
      }
    }
  }

  /** {@code يناير 2024}: MONTH precision; a time after it is not a time of the month, so left out. */
  private static Optional<Candidate> monthYear(Matcher m, int month) {
    String y = m.group("y");
    if (y.length() != 4 || Candidate.date(Integer.parseInt(y), month, 1).isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.of(Integer.parseInt(y), month, 1, 0, 0);
    return Optional.of(new Candidate(m.start(), m.end("y"), local, null, Precision.MONTH));
  }

  /** {@code 30 Jan 24} is a date; {@code 24 نوفمبر 20 قتيلا} is a day and a count. */
  private static boolean shortYearAllowed(Matcher m, String folded) {
    if (m.group("th") != null || m.group("hh") != null || m.group("zone") != null) {
      return true;
    }
    return AFTER_SHORT_YEAR.matcher(folded).region(m.end(), folded.length()).lookingAt();
  }
}
