package org.marsad.store;

import java.time.LocalDate;

/**
 * Matching articles published in one UTC period.
 *
 * @param start first day of the period (UTC); the first of the month or year for coarser grains
 * @param grain length of the period
 * @param count matching articles published in it
 */
public record DateBucket(LocalDate start, DateGrain grain, long count) {
  public DateBucket {
    if (start == null) {
      throw new IllegalArgumentException("start: must not be null");
    }
    if (grain == null) {
      throw new IllegalArgumentException("grain: must not be null");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count: must be >= 0, got " + count);
    }
  }

  /** The first day after the period. */
  public LocalDate end() {
    return grain.next(start);
  }
}
