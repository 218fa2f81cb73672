package org.marsad.arabic.dates;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The precision of a temporal expression, and the calendar unit it spans. Weeks start on Monday. */
public enum Grain {
  SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY;

  /** The start of the unit holding {@code t}. */
  public LocalDateTime truncate(LocalDateTime t) {
    return switch (this) {
      case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case DAY -> t.toLocalDate().atStartOfDay();
      case WEEK -> t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
      case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
      case QUARTER -> t.toLocalDate().withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / 3 * 3 + 1).atStartOfDay();
      case YEAR -> t.toLocalDate().withDayOfYear(1).atStartOfDay();
      case DECADE -> LocalDateTime.of(Math.floorDiv(t.getYear(), 10) * 10, 1, 1, 0, 0);
      case CENTURY -> LocalDateTime.of(Math.floorDiv(t.getYear(), 100) * 100, 1, 1, 0, 0);
    };
  }

  /** {@code t} moved by {@code n} units. */
  public LocalDateTime plus(LocalDateTime t, long n) {
    return switch (this) {
      case SECOND -> t.plusSeconds(n);
      case MINUTE -> t.plusMinutes(n);
      case HOUR -> t.plusHours(n);
      case DAY -> t.plusDays(n);
      case WEEK -> t.plusWeeks(n);
      case MONTH -> t.plusMonths(n);
      case QUARTER -> t.plusMonths(3 * n);
      case YEAR -> t.plusYears(n);
      case DECADE -> t.plusYears(10 * n);
      case CENTURY -> t.plusYears(100 * n);
    };
  }
}
