package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Precision;

/**
 * Dates with a month name: {@code 20 تشرين الثاني 2024}, {@code 30th, January 2024},
 * {@code January 30, 2024}, {@code ٧ أيار ٢٠٢٥}, {@code السابع من تشرين الأول/أكتوبر 2023}, and
 * month-year {@code يناير 2024} (MONTH precision). Day-level forms take an optional weekday before
 * and an optional time and zone after. A day and month without a year are kept only when the caller
 * gave a reference date to infer the year from.
 */
final class NamedDateMatcher {
  private static final String SP = TimeSuffix.SP;
  private static final String MIN = "\u0645\u0646"; // من
  /** عام، سنه ("year"), as in 15 مارس من عام 2024. */
  private static final String YEAR_WORD = "(?:\u0639\u0627\u0645|\u0633\u0646\u0647)";
  private static final String ORDINAL = "(?:(?:st|nd|rd|th)(?!\\p{L}))";

  private static final String DAY_TO_MONTH =
      SP + "*+[,\u060C]?+" + SP + "*+(?:(?:of|" + MIN + ")" + SP + "++)?+";
  /** {@code 30th, } or {@code السابع من }: the ordinal word needs its من to be a day. */
  private static final String DAY = "(?:(?<![\\p{N}.:/\\-])(?<d>[0-3]?\\d)(?!\\d)" + ORDINAL + "?+" + DAY_TO_MONTH
      + "|(?<dw>" + MonthNames.DAY_WORD + ")" + SP + "++" + MIN + SP + "++)";
  private static final String MONTH_TO_DAY =
      SP + "++(?<d2>[0-3]?\\d)(?!\\d)" + ORDINAL + "?+" + SP + "*+[,\u060C]?+" + SP + "*+";
  private static final String TO_YEAR =
      SP + "*+[,\u060C]?+" + SP + "*+(?:(?:" + MIN + SP + "++)?+" + YEAR_WORD + SP + "++)?+";
  /** A year may carry {@code م} (AD); two-digit years are checked by the caller. */
  private static final String YEAR =
      "(?<y>\\d{4}|\\d{2})(?!\\d|[./\\-]\\d)(?:" + SP + "?+\u0645(?!\\p{L}))?+";

  /**
   * Day-month-year, month-day-year, month-year and day-month in one pattern, so the month trie is
   * tried once per position. The optional groups holding captures must stay backtracking (not
   * possessive): java.util.regex does not reset a group captured inside a possessive construct when
   * the match later fails, and the stale capture would leak into the next match.
   */
  private static final Pattern NAMED = Pattern.compile(
      DAY + "?(?<!\\p{L})(?<mon>" + MonthNames.MONTH + ")"
          + "(?:(?:" + MONTH_TO_DAY + "|" + TO_YEAR + ")" + YEAR + ")?" + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);

  static {
    // every match holds a month name, and starts with its day (digits or an ordinal word) or the month
    PatternGuards.register(NAMED, Set.of("MONTH"), Set.of(PatternGuards.DIGIT, PatternGuards.ORDINAL, "MONTH"));
  }

  /** What may follow a bare two-digit year: end of line or punctuation, never another word. */
  private static final Pattern AFTER_SHORT_YEAR = Pattern.compile(SP + "*+(?:$|[\\r\\n.,\u060C;:)\\]])");

  private NamedDateMatcher() {}

  /** Adds the dates found; {@code reference}, when given, dates day-month mentions without a year. */
  static void collect(String folded, @Nullable LocalDate reference, List<Candidate> out) {
    collect(folded, reference, out, out);
  }

  /**
   * Adds the dates that give their year (or a month and year) to {@code dated} and, when {@code
   * reference} is given, the day-month mentions it dates to {@code yearless}: one pass for a caller
   * that treats the two apart.
   */
  static void collect(String folded, @Nullable LocalDate reference, List<Candidate> dated, List<Candidate> yearless) {
    for (Matcher m : Pat.matches(NAMED, folded)) {
      OptionalInt month = MonthNames.month(m.group("mon"));
      OptionalInt day = day(m);
      if (month.isEmpty() || (day.isEmpty() && m.group("d2") != null)) {
        continue; // halves of a dual form disagree, or two days around one month
      }
      if (day.isEmpty()) {
        monthYear(m, month.getAsInt()).ifPresent(dated::add);
        continue;
      }
      int start = MonthNames.withWeekday(folded, m.start());
      String y = m.group("y");
      if (y != null && (y.length() == 4 || shortYearAllowed(m, folded))) {
        Candidate.date(Candidate.fullYear(y), month.getAsInt(), day.getAsInt())
            .ifPresent(date -> dated.add(Candidate.of(start, m.end(), date, TimeSuffix.read(m))));
      } else if (reference != null) {
        yearless(m, start, month.getAsInt(), day.getAsInt(), reference).ifPresent(yearless::add);
      }
    }
  }

  /** The day before or after the month; empty when there is none or there are two. */
  private static OptionalInt day(Matcher m) {
    String before = m.group("d");
    String word = m.group("dw");
    String after = m.group("d2");
    int count = (before == null ? 0 : 1) + (word == null ? 0 : 1) + (after == null ? 0 : 1);
    if (count != 1) {
      return OptionalInt.empty();
    }
    if (word != null) {
      return OptionalInt.of(MonthNames.dayOfWord(word));
    }
    return OptionalInt.of(Integer.parseInt(before != null ? before : after));
  }

  /** {@code يناير 2024}: MONTH precision; a time after it is not a time of the month, so left out. */
  private static Optional<Candidate> monthYear(Matcher m, int month) {
    String y = m.group("y");
    char first = m.group("mon").charAt(0);
    if (first >= 'a' && first <= 'z') {
      return Optional.empty(); // "we may 2024": English month-year is written capitalized
    }
    if (y == null || y.length() != 4 || Candidate.date(Integer.parseInt(y), month, 1).isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.of(Integer.parseInt(y), month, 1, 0, 0);
    return Optional.of(new Candidate(m.start(), m.end("y"), local, null, Precision.MONTH));
  }

  /**
   * A day and month without a year, dated in the year that puts it nearest {@code reference}: news
   * writes "on 7 October" for the last or the coming few months. A rejected two-digit "year" after
   * the month is left out of the span, and so is any time after it.
   */
  private static Optional<Candidate> yearless(Matcher m, int start, int month, int day, LocalDate reference) {
    Optional<LocalDate> date = IntStream.rangeClosed(reference.getYear() - 1, reference.getYear() + 1)
        .mapToObj(year -> Candidate.date(year, month, day))
        .flatMap(Optional::stream)
        .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(reference, d))));
    boolean yearRejected = m.group("y") != null;
    int end = yearRejected ? m.end("mon") : m.end();
    TimeSuffix.Parts parts = yearRejected ? TimeSuffix.Parts.NONE : TimeSuffix.read(m);
    return date.map(d -> Candidate.of(start, end, d, parts));
  }

  /** {@code 30 Jan 24} is a date; {@code 24 نوفمبر 20 قتيلا} is a day and a count. */
  private static boolean shortYearAllowed(Matcher m, String folded) {
    if (m.group("th") != null || m.group("hh") != null || m.group("zone") != null) {
      return true;
    }
    return AFTER_SHORT_YEAR.matcher(folded).region(m.end(), folded.length()).lookingAt();
  }
}
