package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays on a fixed Gregorian day, with or without a year: {@code رأس السنة 2014}, {@code عيد
 * الحب}, {@code عيد الأم} (21 March, as the Arab world keeps it), {@code عيد الميلاد المجيد},
 * {@code عيد العمال}. Without a year the lean picks the nearest. Hijri feasts are in {@link
 * CalendarRules}, Hijri months in {@link HijriMonthRules}.
 */
final class HolidayRules {
  private static final Words W = Words.TEMPORAL;
  private static final java.util.function.Predicate<String> ANY_HOLIDAY = Pat.mentionsAny(W.words("gholiday"));
  private static final Pattern HOLIDAY =
      Pat.compile("{B}(?<g>{gholiday}){E}(?:{S}(?<rel>{rel}){E})?"
          + "(?:{S}(?:(?:{of}{S})?{yearword}[ \\t]*)?(?<y>\\d{4})(?!\\d))?");

  private HolidayRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY_HOLIDAY.test(folded)) {
      return; // one scan for a holiday name is cheaper than the full pattern tried at every position
    }
    for (Matcher m : Pat.matches(HOLIDAY, folded)) {
      String v = W.value("gholiday", m.group("g"));
      if (v == null) {
        continue;
      }
      int month = Integer.parseInt(v.substring(0, v.indexOf('-')));
      int day = Integer.parseInt(v.substring(v.indexOf('-') + 1));
      IntFunction<Optional<LocalDate>> inYear = y -> Candidate.date(y, month, day);
      Optional<LocalDate> d = m.group("y") != null ? inYear.apply(Integer.parseInt(m.group("y")))
          : CalendarRules.directed(m, ctx).yearly(inYear);
      d.ifPresent(date -> out.add(Hit.day(m.start(), m.end(), date, Hit.Kind.DATE)));
    }
  }
}
