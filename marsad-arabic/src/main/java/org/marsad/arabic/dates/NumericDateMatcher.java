package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All-digit dates: ISO-like year first ({@code 2024-01-30}, {@code 2024/01/30},
 * {@code 2024-01-30T10:15:00Z}) and day/month/year in either order ({@code 30/01/2024},
 * {@code 1/30/2024}, {@code 30.01.2024}), each with an optional time and zone.
 */
final class NumericDateMatcher {
  /** Not glued to another number: keeps phone numbers, scores and versions out. */
  private static final String LEFT = "(?<![\\p{N}./\\-:+])";
  private static final String RIGHT = "(?!\\d|[./\\-]\\d)";

  /** Year first or year last in one pattern, so each position is tried once. */
  private static final Pattern NUMERIC = Pattern.compile(
      LEFT + "(?:(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})"
          + "|(?<a>\\d{1,2})(?<s2>[-/.])(?<b>\\d{1,2})\\k<s2>(?<y2>\\d{4}|\\d{2}))"
          + RIGHT + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);

  private NumericDateMatcher() {}

  static void collect(String folded, DateOrder hint, List<Candidate> out) {
    Matcher m = NUMERIC.matcher(folded);
    while (m.find()) {
      yearFirst(m).or(() -> yearLast(m, hint))
          .ifPresent(date -> out.add(Candidate.of(m.start(), m.end(), date, TimeSuffix.read(m))));
    }
  }

  /** ISO order: year, month, day, whatever the hint says. */
  private static Optional<LocalDate> yearFirst(Matcher m) {
    String y = m.group("y");
    if (y == null) {
      return Optional.empty();
    }
    return Candidate.date(Integer.parseInt(y), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")));
  }

  private static Optional<LocalDate> yearLast(Matcher m, DateOrder hint) {
    String y = m.group("y2");
    if (y == null || m.group("y") != null) {
      return Optional.empty();
    }
    if (y.length() == 2 && m.group("th") == null && m.group("hh") == null) {
      return Optional.empty(); // 05/06/24 alone could be anything; a time makes it a date
    }
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    boolean monthFirst = b > 12 || (a <= 12 && hint == DateOrder.MONTH_FIRST);
    int year = Candidate.fullYear(y);
    return monthFirst ? Candidate.date(year, a, b) : Candidate.date(year, b, a);
  }
}
