package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The reference time and lean that relative expressions resolve against, and the reference's zone,
 * into which a clock time named in another zone ({@code بتوقيت غرينتش}) is moved.
 */
record Ctx(LocalDateTime ref, Lean lean, ZoneOffset zone) {
  /** {@code t}, a wall time in {@code named}, as a wall time of the reference zone. */
  LocalDateTime fromZone(LocalDateTime t, ZoneOffset named) {
    return t.plusSeconds(zone.getTotalSeconds() - (long) named.getTotalSeconds());
  }

  LocalDate today() {
    return ref.toLocalDate();
  }

  /**
   * Of the dates {@code ofYear} gives for the reference year and its neighbours, the latest not after
   * the reference day (PAST) or the earliest after it (FUTURE); a date that falls every year.
   */
  /**
   * With the PAST lean, the coming date when it is at most {@link #NEWS_REACH_DAYS} away, else the
   * last one: a day and month in a news text without tense or direction ({@code يصل الوفد في 23
   * يوليو}, written on July 22) is the coming one when days away, and the last one otherwise.
   */
  Optional<LocalDate> newsYearly(IntFunction<Optional<LocalDate>> ofYear) {
    LocalDate today = today();
    for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
      Optional<LocalDate> d = ofYear.apply(y);
      if (d.isPresent() && d.get().isAfter(today) && daysBetween(today, d.get()) <= NEWS_REACH_DAYS) {
        return d;
      }
    }
    return yearly(ofYear);
  }

  /** How far ahead a yearless date of a news text may lie: a month, the horizon of announcements. */
  static final int NEWS_REACH_DAYS = 31;

  Optional<LocalDate> yearly(IntFunction<Optional<LocalDate>> ofYear) {
    LocalDate today = today();
    LocalDate best = null;
    for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
      LocalDate d = ofYear.apply(y).orElse(null);
      if (d == null) {
        continue;
      }
      boolean fits = lean == Lean.PAST ? !d.isAfter(today) : !d.isBefore(today);
      if (fits && (best == null || (lean == Lean.PAST) == d.isAfter(best))) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Days from the reference to the weekday {@code iso} in the lean's direction (0 for today in PAST). */
  long weekdayShift(int iso, int rel) {
    int now = today().getDayOfWeek().getValue();
    int ahead = Math.floorMod(iso - now, 7);
    if (rel > 0 || (rel == 0 && lean == Lean.FUTURE)) {
      return ahead == 0 ? 7 : ahead;
    }
    int back = Math.floorMod(now - iso, 7);
    return rel < 0 && back == 0 ? -7 : -back;
  }

  static long daysBetween(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
