package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: {@code الإثنين} (the lean decides which), {@code الإثنين المقبل}, {@code الأحد بعد
 * القادم}, {@code الثلاثاء السابق}, {@code أحد الأسبوع الماضي}, {@code الاثنين من هذا الأسبوع}, {@code السبت السادس عشر} (that
 * day of the reference month), and {@code السبت 21/09}.
 */
final class WeekdayRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern WEEKDAY = Pat.compile("{B}(?:(?:{this}|{dayword}){S})?(?<wd>{weekday}){E}"
      + "(?:{S}(?<rel>{rel}){E}|{S}(?<after>{later}){S}(?<arel>{rel}){E})?"
      + "(?:{S}(?:{of}{S})?(?:{this}{S})?(?<wk>{weekword})(?:{S}(?<wrel>{rel}))?{E})?"
      + "(?:{S}(?<dw>{NUM}){E})?");
  private static final Pattern WEEKDAY_NUMERIC =
      Pat.compile("{B}(?<wd>{weekday}){S}(?<d>\\d{1,2})/(?<m>\\d{1,2})(?![\\d/])");

  /**
   * A relative day with its weekday ({@code أمس الاثنين}, {@code غدا الخميس}): the weekday decides, in
   * the direction the day word points, since a page read a day late still names the right weekday
   * while its أمس and غدا count from the day it was written.
   */
  private static final Pattern DAYREL_WEEKDAY = Pat.compile("{B}(?<dr>{dayrel}){S}(?<wd>{weekday}){E}");

  private WeekdayRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    for (Matcher m : Pat.matches(WEEKDAY, folded)) {
      weekday(m, ctx, out);
    }
    for (Matcher m : Pat.matches(DAYREL_WEEKDAY, folded)) {
      int days = Integer.parseInt(W.value("dayrel", m.group("dr")));
      if (days != 0) {
        int iso = Integer.parseInt(W.value("weekday", m.group("wd")));
        // أمس: strictly before the reference day; غدا: on or after it, as a page read late still
        // says "tomorrow, Thursday" of a Thursday that has come
        long shift = days < 0 ? ctx.weekdayShift(iso, -1)
            : Math.floorMod(iso - ctx.today().getDayOfWeek().getValue(), 7);
        LocalDate day = ctx.today().plusDays(shift);
        out.add(Hit.day(m.start(), m.end(), day, Hit.Kind.WEEKDAY));
      }
    }
    for (Matcher m : Pat.matches(WEEKDAY_NUMERIC, folded)) {
      int d = Integer.parseInt(m.group("d"));
      int mo = Integer.parseInt(m.group("m"));
      ctx.yearly(y -> Candidate.date(y, mo, d))
          .ifPresent(date -> out.add(Hit.day(m.start(), m.end(), date, Hit.Kind.DATE)));
    }
  }

  /**
   * Whether the number after a weekday names the day of the month: digits or a definite ordinal
   * ({@code السبت السادس عشر}), not an indefinite one, which counts something else ({@code الجمعة
   * رابع أيام العيد}, "Friday, the fourth day of the feast").
   */
  private static boolean dayOfMonthWord(String dw) {
    return Character.isDigit(dw.charAt(0)) || dw.startsWith("\u0627\u0644");
  }

  private static void weekday(Matcher m, Ctx ctx, List<Hit> out) {
    String word = m.group("wd");
    int iso = Integer.parseInt(W.value("weekday", word));
    boolean bare = !m.group().startsWith("\u0627\u0644") && m.start("wd") == m.start(); // no ال, no يوم
    String rel = W.value("rel", m.group("rel"));
    if (m.group("after") != null) { // الأحد بعد القادم: a week after the next one; بعد الماضي makes no sense
      String arel = W.value("rel", m.group("arel"));
      if (!"1".equals(arel)) {
        return;
      }
      out.add(Hit.day(m.start(), m.end(), ctx.today().plusDays(ctx.weekdayShift(iso, 1) + 7), Hit.Kind.WEEKDAY));
      return;
    }
    LocalDate day;
    int end = m.end();
    if (m.group("wk") != null) {
      String wrel = W.value("rel", m.group("wrel"));
      LocalDate monday = Grain.WEEK.truncate(ctx.ref()).toLocalDate();
      day = monday.plusWeeks(wrel == null ? 0 : Integer.parseInt(wrel)).plusDays(iso - 1L);
      end = m.group("dw") != null ? m.start("dw") : end;
    } else if (bare) {
      return; // أحد is also "one", سبت a basket: bare names need a week after them
    } else if (m.group("dw") != null && rel == null && dayOfMonthWord(m.group("dw"))) {
      int dom = Pat.number(m.group("dw"));
      YearMonth month = YearMonth.from(ctx.today());
      if (dom < 1 || dom > month.lengthOfMonth()) {
        end = m.start("dw");
        day = ctx.today().plusDays(ctx.weekdayShift(iso, 0));
      } else {
        day = month.atDay(dom);
      }
    } else {
      day = ctx.today().plusDays(ctx.weekdayShift(iso, rel == null ? 0 : Integer.parseInt(rel)));
      end = m.group("dw") != null ? m.start("dw") : end;
    }
    out.add(Hit.day(m.start(), trimEnd(m, end), day, Hit.Kind.WEEKDAY));
  }

  private static int trimEnd(Matcher m, int end) {
    String s = m.group();
    int e = end - m.start();
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return m.start() + e;
  }
}
