package org.marsad.store;

import java.time.LocalDate;

/** The length of a {@link DateBucket}: the finest one that keeps a histogram short is chosen. */
public enum DateGrain {
  DAY,
  MONTH,
  /** Only for results spanning more than {@link Facets#MAX_DATE_BUCKETS} months. */
  YEAR;

  /** The first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the period after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }
}
