package org.marsad.arabic.dates;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A temporal expression one rule found, with its span in the folded text.
 *
 * @param shift for a clock time read in a named zone, how far it was moved into the reference zone:
 *     the wall time it named is {@code from - shift}, which a day joined to it needs
 */
record Hit(int start, int end, LocalDateTime from, LocalDateTime to, Grain grain, Kind kind, Duration shift) {
  /**
   * What a hit can combine with: a calendar DATE takes a weekday before it, and any day (DATE, a
   * relative DAY such as أمس, a WEEKDAY, a PART of a day such as مساء أمس) takes a clock TIME before
   * or after it; a TIMES range of hours takes a day on either side. TIME12 and TIMES12 are a time or
   * range that named no part of the day ({@code الساعة 9}): alone the lean picks its half, on a named
   * day it is the first such time of that day, as Duckling reads {@code tomorrow at 150}.
   */
  enum Kind { DATE, DAY, WEEKDAY, TIME, TIME12, TIMES, TIMES12, PART, PARTWORD, OTHER }

  Hit(int start, int end, LocalDateTime from, LocalDateTime to, Grain grain, Kind kind) {
    this(start, end, from, to, grain, kind, Duration.ZERO);
  }

  /** One unit of {@code grain} starting at the start of the unit holding {@code t}. */
  static Hit point(int start, int end, LocalDateTime t, Grain grain, Kind kind) {
    LocalDateTime from = grain.truncate(t);
    return new Hit(start, end, from, grain.plus(from, 1), grain, kind);
  }

  static Hit day(int start, int end, LocalDate d, Kind kind) {
    return point(start, end, d.atStartOfDay(), Grain.DAY, kind);
  }

  /** An interval from {@code from} to {@code to} (exclusive). */
  static Hit interval(int start, int end, LocalDateTime from, LocalDateTime to, Grain grain) {
    return new Hit(start, end, from, to, grain, Kind.OTHER);
  }

  /** The wall-clock time this hit named, before any zone shift. */
  LocalDateTime wall() {
    return from.minus(shift);
  }

  /** Whether this hit stands for one day or a part of one, so a clock time can be put on it. */
  boolean carriesDay() {
    return (kind == Kind.DATE || kind == Kind.DAY || kind == Kind.WEEKDAY || kind == Kind.PART)
        && (grain == Grain.DAY || kind == Kind.PART);
  }

  boolean isTime() {
    return kind == Kind.TIME || kind == Kind.TIME12;
  }

  boolean isTimes() {
    return kind == Kind.TIMES || kind == Kind.TIMES12;
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Hit other) {
    return start < other.end && other.start < end;
  }

  Hit span(int newStart, int newEnd) {
    return new Hit(newStart, newEnd, from, to, grain, kind, shift);
  }
}
