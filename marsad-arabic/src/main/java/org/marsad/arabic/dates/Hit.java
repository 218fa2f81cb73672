package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A temporal expression one rule found, with its span in the folded text. */
record Hit(int start, int end, LocalDateTime from, LocalDateTime to, Grain grain, Kind kind) {
  /**
   * What a hit can combine with: a calendar DATE takes a weekday before it, and any day (DATE, a
   * relative DAY such as أمس, a WEEKDAY) takes a clock TIME after it.
   */
  enum Kind { DATE, DAY, WEEKDAY, TIME, OTHER }

  /** One unit of {@code grain} starting at the start of the unit holding {@code t}. */
  static Hit point(int start, int end, LocalDateTime t, Grain grain, Kind kind) {
    LocalDateTime from = grain.truncate(t);
    return new Hit(start, end, from, grain.plus(from, 1), grain, kind);
  }

  static Hit day(int start, int end, LocalDate d, Kind kind) {
    return point(start, end, d.atStartOfDay(), Grain.DAY, kind);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Hit other) {
    return start < other.end && other.start < end;
  }

  Hit span(int newStart, int newEnd) {
    return new Hit(newStart, newEnd, from, to, grain, kind);
  }
}
