package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
  private static final String TO_YEAR =
      SP + "*+[,\u060C]?+" + SP + "*+(?:(?:" + MIN + SP + "++)?+" + YEAR_WORD + SP + "++)?+";
  /** A year may carry {@code م} (AD); two-digit years are checked by the caller. */
  private static final String YEAR = "(?<y>\\d{4}|\\d{2})(?!\\d)(?:" + SP + "?+\u0645(?!\\p{L}))?+";
  private static final String MONTH = "(?<mon>" + MonthNames.MONTH + ")";

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      MonthNames.WEEKDAY + DAY + DAY_TO_MONTH + MONTH + TO_YEAR + YEAR + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      MonthNames.WEEKDAY + "(?<![\\p{L}\\p{N}])" + MONTH + SP + "++" + DAY
          + SP + "*+[,\u060C]?+" + SP + "*+" + YEAR + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\p{N}])" + MONTH + TO_YEAR + "(?<y>\\d{4})(?!\\d|[./\\-]\\d|" + SP + "*+:)",
      Pattern.CASE_INSENSITIVE);
  /** What may follow a bare two-digit year: end of line or punctuation, never another word. */
  private static final Pattern AFTER_SHORT_YEAR = Pattern.compile(SP + "*+(?:$|[\\r\\n.,\u060C;:)\\]])");

  /** Impossible dates are rare in real text; a hostile one full of them must stay linear. */
  private static final int MAX_IMPOSSIBLE = 64;

  private NamedDateMatcher() {}

  static void collect(String folded, List<Candidate> out) {
    List<Candidate> impossible = new ArrayList<>();
    dayLevel(DAY_MONTH_YEAR.matcher(folded), folded, out, impossible);
    dayLevel(MONTH_DAY_YEAR.matcher(folded), folded, out, impossible);
    Matcher m = MONTH_YEAR.matcher(folded);
    while (m.find()) {
      OptionalInt month = MonthNames.month(m.group("mon"));
      int year = Integer.parseInt(m.group("y"));
      if (month.isPresent() && Candidate.date(year, month.getAsInt(), 1).isPresent()) {
        LocalDateTime local = LocalDateTime.of(year, month.getAsInt(), 1, 0, 0);
        Candidate c = new Candidate(m.start(), m.end(), local, null, Precision.MONTH);
        // 30 فبراير 2024 is a mistake, not a mention of February 2024.
        if (impossible.stream().noneMatch(c::overlaps)) {
          out.add(c);
        }
      }
    }
  }

  /** Adds the valid day-level dates to {@code out}, the impossible ones to {@code impossible}. */
  private static void dayLevel(Matcher m, String folded, List<Candidate> out, List<Candidate> impossible) {
    while (m.find()) {
      OptionalInt month = MonthNames.month(m.group("mon"));
      String y = m.group("y");
      if (month.isEmpty() || (y.length() == 2 && !shortYearAllowed(m, folded))) {
        continue;
      }
      int day = Integer.parseInt(m.group("d"));
      TimeSuffix.Parts parts = TimeSuffix.read(m);
      Optional<LocalDate> date = Candidate.date(Candidate.fullYear(y), month.getAsInt(), day);
      if (date.isPresent()) {
        out.add(Candidate.of(m.start(), m.end(), date.get(), parts));
      } else if (impossible.size() < MAX_IMPOSSIBLE) {
        impossible.add(new Candidate(m.start(), m.end(), LocalDateTime.MIN, null, Precision.DAY));
      }
    }
  }

  /** {@code 30 Jan 24} is a date; {@code 24 نوفمبر 20 قتيلا} is a day and a count. */
  private static boolean shortYearAllowed(Matcher m, String folded) {
    if (m.group("th") != null || m.group("zone") != null) {
      return true;
    }
    return AFTER_SHORT_YEAR.matcher(folded).region(m.end(), folded.length()).lookingAt();
  }
}
