package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons as Duckling dates them (summer from June 21 to September 23, and so on), as an interval
 * of days: {@code صيف 2013}, {@code الصيف المقبل}, {@code هذا الشتاء}, {@code الخريف الماضي}, {@code
 * صيف هذا العام}. A season alone ({@code الصيف}, {@code إجازة الصيف}) is a kind of time, not a date,
 * so a year, a direction or هذا must name which one ({@code فصل} may come first). A winter belongs to the year it ends in:
 * {@code شتاء 2014} runs from December 21, 2013.
 */
final class SeasonRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern SEASON = Pat.compile("{B}(?:(?<this>{this}){S})?(?:\u0641\u0635\u0644{S})?(?<s>{season}){E}"
      + MonthRules.YEARX);
  private static final java.util.function.Predicate<String> ANY_SEASON = Pat.mentionsAny(W.words("season"));

  private SeasonRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY_SEASON.test(folded)) {
      return;
    }
    for (Matcher m : Pat.matches(SEASON, folded)) {
      String[] v = W.value("season", m.group("s")).split(" ");
      MonthDay first = MonthDay.parse("--" + v[0]);
      MonthDay last = MonthDay.parse("--" + v[1]);
      start(m, ctx, first, last).ifPresent(from ->
          out.add(Hit.interval(m.start(), m.end(), from.atStartOfDay(), end(from, last).atStartOfDay(), Grain.DAY)));
    }
  }

  /** The first day of the season named, or empty when nothing says which one. */
  private static Optional<LocalDate> start(Matcher m, Ctx ctx, MonthDay first, MonthDay last) {
    LocalDate today = ctx.today();
    boolean wraps = last.isBefore(first);
    int endYearShift = wraps ? -1 : 0; // a winter starts in the year before the one it ends in
    OptionalInt year = MonthRules.namedYear(m, ctx);
    if (year.isPresent()) {
      return Optional.of(first.atYear(year.getAsInt() + endYearShift));
    }
    String rel = W.value("rel", m.group("mrel"));
    if (rel == null && m.group("this") == null) {
      return Optional.empty();
    }
    int r = rel == null ? 0 : Integer.parseInt(rel);
    // this: the season holding today, or the next to begin; -1: the last one over; +1: the next to begin
    LocalDate current = first.atYear(today.getYear() - 1);
    while (!end(current, last).isAfter(today)) {
      current = current.plusYears(1);
    }
    if (r < 0) {
      return Optional.of(current.minusYears(1)); // current has not ended: the one before it has
    }
    if (r > 0 && !current.isAfter(today)) {
      return Optional.of(current.plusYears(1));
    }
    return Optional.of(current);
  }

  /** The day after the season that starts on {@code start} and ends on {@code last}. */
  static LocalDate end(LocalDate start, MonthDay last) {
    LocalDate sameYear = last.atYear(start.getYear());
    return (sameYear.isBefore(start) ? last.atYear(start.getYear() + 1) : sameYear).plusDays(1);
  }
}
