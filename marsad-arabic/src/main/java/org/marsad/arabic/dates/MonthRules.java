package org.marsad.arabic.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Days and weeks placed in a month: {@code أول ثلاثاء من شهر عشرة}, {@code الاثنين الأخير من شهر
 * ثلاثة}, {@code اليوم الثالث من اكتوبر}, {@code آخر أسبوع في سبتمبر لعام 2014}, {@code نصف شهر
 * مارس}, and day ranges {@code من 5 إلى 10 مايو}, {@code اغسطس 27 الى 29}, {@code بين الثالث عشر
 * والخامس عشر من تموز}. A month without a year is the lean's nearest; with الماضي or المقبل the one
 * before or after the reference month; with a relative year ({@code من العام المقبل}) that year's.
 */
final class MonthRules {
  private static final Words W = Words.TEMPORAL;
  static final String MONTHX = "(?:{of}[ \\t]*)?(?:(?:{monthword}[ \\t]*)?(?<mon>{MONTH})|{monthword}[ \\t]*(?<mnum>\\d{1,2}(?!\\d)|{NUM})"
      + "|(?:{this}{S})?(?<mcyc>{monthcycle}){E})";
  /**
   * What may follow a month: a direction ({@code أبريل الماضي}), then a year in digits ({@code 2014},
   * {@code من عام 2014}) or relative to the reference ({@code العام الفائت}, {@code من العام المقبل}).
   */
  static final String YEARX = "(?:[ \\t]+(?<mrel>{rel}){E})?"
      + "(?:[ \\t]*[,\u060C]?[ \\t]*(?:(?:{of}{S})?{yearword}[ \\t]*)?(?<y>\\d{4})(?!\\d)"
      + "|[ \\t]+(?:{of}{S})?(?:{this}{S})?(?<ycyc>{yearcycle})(?:{S}(?<yrel>{rel}))?{E})?";
  private static final String TO = "[ \\t]*(?:{to}|[-\u2013])[ \\t]*";
  private static final Pattern NTH_WEEKDAY = Pat.compile("{B}(?:(?<nth>{nth}){S}(?:{dayword}{S})?(?<wd>{weekday})"
      + "|(?<wd2>{weekday}){S}(?<nth2>{nth})){S}" + MONTHX + YEARX);
  private static final Pattern NTH_UNIT = Pat.compile("{B}(?:(?<nth>{nth}){S}(?<u>{dayword}|{weekword})"
      + "|(?<u2>{dayword}|{weekword}){S}(?<nth2>{nth}|{NUM})){S}" + MONTHX + YEARX);
  private static final Pattern PART = Pat.compile("{B}(?<part>{monthpart}){S}" + MONTHX + YEARX);
  /** A day of a range: digits or an ordinal word ({@code الثالث عشر}). */
  private static final String DAY = "(?:\\d{1,2}(?!\\d)|" + MonthNames.DAY_WORD_SLOT
      .replace("(?<![\\pL\\pN])", "(?:(?<=\u0648)|(?<![\\pL\\pN]))") + ")"; // والخامس عشر: و glued
  private static final Pattern RANGE = Pat.compile("{B}(?:(?<from>{from}|{between}){S})?(?:{dayword}{S})?(?<d1>" + DAY + ")"
      + "[ \\t]*(?:(?:{and}[ \\t]*)?{to}|[-\u2013]|(?<and>{and}))[ \\t]*(?:{dayword}{S})?(?<d2>" + DAY + "){S}(?:{of}{S})?" + MONTHX + YEARX);
  private static final Pattern RANGE_MONTH_FIRST = Pat.compile("{B}(?:{from}{S})?(?<mon>{MONTH}){S}(?<d1>\\d{1,2})(?!\\d)"
      + TO + "(?<d2>\\d{1,2})(?!\\d)(?<mnum>)?" + YEARX);

  /**
   * A day of the reference's month or one counted from it: {@code الخامس عشر من الشهر الجاري},
   * {@code في ال13 من الشهر}, {@code 20 الشهر المقبل}.
   */
  private static final Pattern DAY_OF_CYCLE = Pat.compile("{B}(?:{dayword}{S})?(?:\u0627\u0644)?(?<d>" + DAY + ")"
      + "[ \\t]*(?:{of}{S})?(?:{this}{S})?(?<mcyc>{monthcycle}){E}(?:[ \\t]+(?<mrel>{rel}){E})?");

  /** A half of a month: {@code النصف الثاني من يوليو} is its 16th to its end, the first half days 1 to 15. */
  private static final Pattern HALF = Pat.compile("{B}\u0627\u0644\u0646\u0635\u0641{S}(?<h>{nth}){S}" + MONTHX + YEARX);

  private MonthRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    for (Matcher m : Pat.matches(NTH_WEEKDAY, folded)) {
      int nth = nth(m.group("nth") != null ? m.group("nth") : m.group("nth2"));
      int iso = Integer.parseInt(W.value("weekday", m.group("wd") != null ? m.group("wd") : m.group("wd2")));
      month(m, ctx).flatMap(ym -> nthWeekday(ym, iso, nth))
          .ifPresent(d -> out.add(Hit.day(m.start(), m.end(), d, Hit.Kind.DATE)));
    }
    for (Matcher m : Pat.matches(NTH_UNIT, folded)) {
      nthUnit(m, ctx, out);
    }
    for (Matcher m : Pat.matches(PART, folded)) {
      part(m, ctx, out);
    }
    for (Matcher m : Pat.matches(HALF, folded)) {
      int half = nth(m.group("h"));
      if (half == 1 || half == 2) {
        month(m, ctx).ifPresent(ym -> {
          LocalDate from = ym.atDay(half == 1 ? 1 : 16);
          LocalDate to = half == 1 ? ym.atDay(16) : ym.atEndOfMonth().plusDays(1);
          out.add(Hit.interval(m.start(), m.end(), from.atStartOfDay(), to.atStartOfDay(), Grain.DAY));
        });
      }
    }
    for (Matcher m : Pat.matches(DAY_OF_CYCLE, folded)) {
      String rel = W.value("rel", m.group("mrel"));
      YearMonth ym = YearMonth.from(ctx.today()).plusMonths(rel == null ? 0 : Integer.parseInt(rel));
      int d = day(m.group("d"));
      if (d >= 1 && d <= ym.lengthOfMonth()) {
        out.add(Hit.day(m.start(), m.end(), ym.atDay(d), Hit.Kind.DATE));
      }
    }
    for (Pattern p : new Pattern[] {RANGE, RANGE_MONTH_FIRST}) {
      for (Matcher m : Pat.matches(p, folded)) {
        range(m, ctx, out);
      }
    }
  }

  /** The named group's text, or null when it did not match or the pattern has no such group. */
  private static @Nullable String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int day(String text) {
    return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : MonthNames.dayOfWord(text);
  }

  private static int nth(String word) {
    String v = W.value("nth", word);
    return v != null ? Integer.parseInt(v) : Pat.number(word);
  }

  /** The month named by MONTHX, in the year given or the lean's nearest. */
  static Optional<YearMonth> month(Matcher m, Ctx ctx) {
    if (group(m, "mcyc") != null) { // الشهر الجاري، الشهر المقبل: counted from the reference's month
      String rel = W.value("rel", m.group("mrel"));
      return m.group("y") != null || m.group("ycyc") != null ? Optional.empty()
          : Optional.of(YearMonth.from(ctx.today()).plusMonths(rel == null ? 0 : Integer.parseInt(rel)));
    }
    String name = group(m, "mon");
    OptionalInt month = name != null ? MonthNames.month(name) : OptionalInt.of(Pat.number(m.group("mnum")));
    if (month.isEmpty() || month.getAsInt() < 1 || month.getAsInt() > 12) {
      return Optional.empty();
    }
    int mo = month.getAsInt();
    OptionalInt year = namedYear(m, ctx);
    if (year.isPresent()) {
      return Optional.of(YearMonth.of(year.getAsInt(), mo));
    }
    String mrel = W.value("rel", m.group("mrel"));
    if (mrel != null && !mrel.equals("0")) {
      return Optional.of(nearest(YearMonth.from(ctx.today()), mo, Integer.parseInt(mrel)));
    }
    return ctx.yearly(y -> Optional.of(ctx.lean() == Lean.PAST ? LocalDate.of(y, mo, 1) : YearMonth.of(y, mo).atEndOfMonth()))
        .map(YearMonth::from);
  }

  /** The year YEARX names, in digits ({@code 2014}) or from the reference's ({@code العام المقبل}), if it names one. */
  static OptionalInt namedYear(Matcher m, Ctx ctx) {
    if (m.group("y") != null) {
      return OptionalInt.of(Integer.parseInt(m.group("y")));
    }
    if (m.group("ycyc") != null) {
      String yrel = W.value("rel", m.group("yrel"));
      return OptionalInt.of(ctx.today().getYear() + (yrel == null ? 0 : Integer.parseInt(yrel)));
    }
    return OptionalInt.empty();
  }

  /** The month {@code mo} strictly before ({@code rel} -1) or after (+1) the month {@code now}. */
  static YearMonth nearest(YearMonth now, int mo, int rel) {
    YearMonth ym = now.withMonth(mo);
    if (rel < 0 && !ym.isBefore(now)) {
      return ym.minusYears(1);
    }
    if (rel > 0 && !ym.isAfter(now)) {
      return ym.plusYears(1);
    }
    return ym;
  }

  private static Optional<LocalDate> nthWeekday(YearMonth ym, int iso, int nth) {
    DayOfWeek dow = DayOfWeek.of(iso);
    if (nth == -1) {
      return Optional.of(ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(dow)));
    }
    LocalDate d = ym.atDay(1).with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(nth - 1L);
    return YearMonth.from(d).equals(ym) && nth > 0 ? Optional.of(d) : Optional.empty();
  }

  /** A week of a month is a Monday-to-Sunday week inside it: the first starts on its first Monday. */
  private static void nthUnit(Matcher m, Ctx ctx, List<Hit> out) {
    String unit = m.group("u") != null ? m.group("u") : m.group("u2");
    int nth = nth(m.group("nth") != null ? m.group("nth") : m.group("nth2"));
    Optional<YearMonth> ym = month(m, ctx);
    if (ym.isEmpty() || nth == 0 || nth < -1) {
      return;
    }
    YearMonth month = ym.get();
    if (W.value("dayword", unit) != null) {
      int day = nth == -1 ? month.lengthOfMonth() : nth;
      if (day <= month.lengthOfMonth()) {
        out.add(Hit.day(m.start(), m.end(), month.atDay(day), Hit.Kind.DATE));
      }
      return;
    }
    LocalDate monday = nth == -1
        ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6)
        : month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(nth - 1L);
    out.add(Hit.point(m.start(), m.end(), monday.atStartOfDay(), Grain.WEEK, Hit.Kind.OTHER));
  }

  private static void part(Matcher m, Ctx ctx, List<Hit> out) {
    Optional<YearMonth> ym = month(m, ctx);
    if (ym.isEmpty()) {
      return;
    }
    out.add(Hit.day(m.start(), m.end(), partDay(ym.get(), m.group("part")), Hit.Kind.DATE));
  }

  /** The day a one-day part word names in {@code month}: بداية its first, منتصف its 15th. */
  static LocalDate partDay(YearMonth month, String part) {
    int v = Integer.parseInt(W.value("monthpart", part));
    return v == -1 ? month.atEndOfMonth() : month.atDay(v);
  }

  private static void range(Matcher m, Ctx ctx, List<Hit> out) {
    int d1 = day(m.group("d1"));
    int d2 = day(m.group("d2"));
    if (group(m, "and") != null && W.value("between", group(m, "from")) == null && d2 != d1 + 1) {
      return; // و joins a range after بين, or two days in a row (السابع والثامن من تموز); else two dates
    }
    Optional<YearMonth> ym = month(m, ctx);
    if (ym.isEmpty() || d1 < 1 || d2 <= d1 || d2 > ym.get().lengthOfMonth()) {
      return;
    }
    LocalDate from = ym.get().atDay(d1);
    LocalDate to = ym.get().atDay(d2).plusDays(1);
    out.add(new Hit(m.start(), m.end(), from.atStartOfDay(), to.atStartOfDay(), Grain.DAY, Hit.Kind.OTHER));
  }
}
