package org.marsad.arabic.dates;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Umm al-Qura conversions through ICU4J: the calendar Saudi Arabia prints, and the one most Arabic
 * news dates follow. Local sighting may differ by a day; callers that see both dates compare them.
 * ICU calendars are mutable, so each call builds its own: this class is thread-safe.
 */
public final class Hijri {
  static final int MIN_YEAR = 1300;
  static final int MAX_YEAR = 1600;
  private static final TimeZone UTC = TimeZone.GMT_ZONE;

  private Hijri() {}

  /** The Gregorian date of Hijri {@code year-month-day}; empty when the day does not exist. */
  public static Optional<LocalDate> toGregorian(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
      return Optional.empty();
    }
    IslamicCalendar cal = calendar();
    cal.clear();
    cal.set(year, month - 1, 1);
    if (day > cal.getActualMaximum(IslamicCalendar.DAY_OF_MONTH)) {
      return Optional.empty();
    }
    cal.set(IslamicCalendar.DAY_OF_MONTH, day);
    long epochDay = Math.floorDiv(cal.getTimeInMillis(), 86_400_000L);
    return Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** The Hijri year that {@code date} falls in. */
  public static int yearOf(LocalDate date) {
    IslamicCalendar cal = calendar();
    cal.setTimeInMillis(date.toEpochDay() * 86_400_000L);
    return cal.get(IslamicCalendar.EXTENDED_YEAR);
  }

  /** A day of the Umm al-Qura calendar; {@code month} counts from 1 (Muharram). */
  public record Day(int year, int month, int day) {}

  /** The Umm al-Qura day that Gregorian {@code date} falls on. */
  public static Day of(LocalDate date) {
    IslamicCalendar cal = calendar();
    cal.setTimeInMillis(date.toEpochDay() * 86_400_000L);
    return new Day(cal.get(IslamicCalendar.EXTENDED_YEAR), cal.get(IslamicCalendar.MONTH) + 1,
        cal.get(IslamicCalendar.DAY_OF_MONTH));
  }

  /** Hijri {@code month-day} within Gregorian {@code year} (the first, if it falls twice). */
  public static Optional<LocalDate> inGregorianYear(int year, int month, int day) {
    int first = yearOf(LocalDate.of(year, 1, 1));
    for (int hy = first; hy <= first + 1; hy++) {
      Optional<LocalDate> d = toGregorian(hy, month, day).filter(g -> g.getYear() == year);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static IslamicCalendar calendar() {
    IslamicCalendar cal = new IslamicCalendar(UTC);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return cal;
  }
}
