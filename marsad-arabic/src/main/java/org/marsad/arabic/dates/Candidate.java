package org.marsad.arabic.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Precision;

/** A date one pattern found, with its span in the folded text; overlaps are resolved later. */
record Candidate(int start, int end, LocalDateTime local, @Nullable ZoneOffset offset, Precision precision) {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  /** A valid calendar date in the years news can mean, else empty (31/02, year 3024...). */
  static Optional<LocalDate> date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A day-level date with whatever time and zone followed it. */
  static Candidate of(int start, int end, LocalDate date, TimeSuffix.Parts parts) {
    Precision precision = parts.precision() == null ? Precision.DAY : parts.precision();
    return new Candidate(start, end, date.atTime(parts.time()), parts.offset(), precision);
  }

  /** Two-digit years: 00..69 are this century, 70..99 the last one. */
  static int fullYear(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() > 2) {
      return y;
    }
    return y < 70 ? 2000 + y : 1900 + y;
  }
}
