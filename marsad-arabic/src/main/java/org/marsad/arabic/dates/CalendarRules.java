package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years ({@code عام 2020}, {@code في 2019}), centuries ({@code القرن العشرين}, {@code القرن
 * الماضي}), decades ({@code الثمانينيات}), months ({@code شهر مارس}, {@code في مايو}), feasts
 * ({@code عيد الفطر 2013}, {@code عيد الفصح}, {@code عيد الأضحى المقبل}), months without شهر when
 * something shows they are months ({@code آب/أغسطس}, {@code أبريل الماضي}, {@code أكتوبر العام
 * الفائت}) and Hijri days ({@code 1 رمضان}, {@code ١٨رمضان}, {@code الخامس من شوال 1445}).
 */
final class CalendarRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern YEAR = Pat.compile("{B}{yearword}[ \\t]*(?<y>\\d{4})(?!\\d)");
  private static final Pattern CENTURY = Pat.compile("{B}{century}{S}(?:(?<n>{NUM})|(?<rel>{rel})){E}");
  /** A decade, with the century it is of when said: {@code الثمانينيات}, {@code ثمانينات القرن الماضي}. */
  private static final Pattern DECADE = Pat.compile("{B}(?<dec>{decade}){E}(?:{S}(?:{of}{S})?{century}{S}(?:{rel}|{NUM}){E})?");
  private static final Pattern HIJRI_MARK = Pattern.compile("[ \\t]*\u0647(?!\\p{L})");
  /** A Hijri year marked as such but not named a year: {@code 1436 هـ}, {@code 1436هـ}. */
  private static final Pattern MARKED_HIJRI_YEAR = Pat.compile("{B}(?<y>1[3-5]\\d\\d)(?!\\d)[ \\t]*\u0647(?!\\pL)");
  /** Years from one to another: {@code من 2010 إلى 2014}, {@code بين عامي 2004 و2012}. */
  private static final Pattern YEAR_RANGE = Pat.compile("{B}(?:{from}|{between}){S}(?:(?:{yearword}|{yearpair})[ \\t]*)?"
      + "(?<y1>\\d{4})(?!\\d)[ \\t]*(?:(?:{and}[ \\t]*)?{to}|[-\u2013]|{and})[ \\t]*(?:{yearword}[ \\t]*)?(?<y2>\\d{4})(?!\\d)");
  private static final Pattern MONTH = Pat.compile("{B}(?:{monthword}|{of}){S}(?<mon>{MONTH})(?<mnum>)?" + MonthRules.YEARX);
  /**
   * A month without شهر or في before it, when something shows it is a month: a dual name
   * ({@code آب/أغسطس}, {@code نيسان (أبريل)}), a direction or a year after it.
   */
  private static final Pattern MONTH_BARE = Pat.compile("{B}(?<mon>{MONTH})(?<mnum>)?" + MonthRules.YEARX);
  /**
   * A month by its number: {@code شهر 3}, {@code شهر اربعة}, {@code الشهر الثالث} (not one: {@code شهر
   * واحد} is a duration), not before a unit ({@code شهر 3 أيام}), not a count of months ({@code
   * للشهر الثالث على التوالي}).
   */
  private static final Pattern MONTH_NUMBER = Pat.compile("{B}{monthword}{S}(?<mnum>\\d{1,2}(?!\\d)|{NUMW})(?!{S}(?:{unit}|{plural}){E})"
      + "(?![ \\t]+\u0639\u0644\u0649[ \\t]+\u0627\u0644\u062A\u0648\u0627\u0644\u064A)"
      + MonthRules.YEARX);
  private static final Pattern FEAST = Pat.compile("{B}(?:(?<nth>{nth}){S}{days}{S})?(?<f>{holiday}){E}(?:{S}(?<rel>{rel}){E})?"
      + "(?:{S}(?:{yearword}[ \\t]*)?(?<y>\\d{4})(?!\\d))?");
  /** After a Hijri month: a direction ({@code الماضي}) or a year ({@code 1436}, {@code في السنة الهجرية 1395 هـ}). */
  private static final String HIJRI_YEAR_OR_DIRECTION = "(?:[ \\t]+(?<rel>{rel}){E}"
      + "|[ \\t]*[,\u060C]?[ \\t]*(?:{yearword}[ \\t]*)?(?:{hijriera}[ \\t]*)?(?<y>1[3-5]\\d\\d)(?!\\d)(?:[ \\t]*\u0647(?!\\pL))?)?";

  /**
   * A Hijri day, the digits sometimes glued to the month ({@code 1 رمضان}, {@code ١٨رمضان}), the
   * day also a word ({@code العشرين من شهر شعبان}), with a direction ({@code 18 رمضان الماضي}) or a
   * year ({@code 20 شعبان 1395}, {@code في السنة الهجرية 1395}).
   */
  private static final Pattern HIJRI_DAY = Pat.compile("{B}(?<d>[0-3]?\\d(?!\\d)|" + MonthNames.DAY_WORD_SLOT + ")[ \\t]*(?:{of}{S})?(?:{monthword}{S})?(?<hm>{HMONTH})" + HIJRI_YEAR_OR_DIRECTION);

  /**
   * The days of a feast named only as العيد ({@code أول أيام العيد}, {@code ثاني أيام العيد}, {@code
   * يوم العيد}): the nearest of the two Eids in the lean's direction, and the n-th day of it.
   */
  private static final Pattern EID_DAYS = Pat.compile("{B}(?:(?<nth>{nth}){S}{days}|{dayword}|{days}){S}"
      + "{eid}{E}(?!{S}{eidname}{E})");
  /** A Gregorian mark after a year: 1440م, 1440 ميلادي. */
  private static final Pattern GREGORIAN_MARK = Pattern.compile("[ \\t]*(?:\u0645(?![\\p{L}])|\u0645\u064a\u0644\u0627\u062f)");
  /** How far back and ahead of the reference's Hijri year a bare year is read as Hijri. */
  private static final int HIJRI_YEARS_BACK = 80;
  private static final int HIJRI_YEARS_AHEAD = 30;
  private static final java.util.function.Predicate<String> ANY_EID = Pat.mentionsAny(W.words("eid"));
  /** Month-day of Eid al-Fitr and Eid al-Adha. */
  private static final int[][] EIDS = {{10, 1}, {12, 10}};

  private CalendarRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    int hijriNow = Integer.MIN_VALUE; // worked out at the first year found: most texts name none
    for (Matcher m : Pat.matches(YEAR, folded)) {
      int y = Integer.parseInt(m.group("y"));
      hijriNow = hijriNow == Integer.MIN_VALUE ? Hijri.yearOf(ctx.today()) : hijriNow;
      Optional<Hit> hijri = hijriYear(folded, m, y, hijriNow);
      if (hijri.isPresent()) {
        Matcher mark = HIJRI_MARK.matcher(folded).region(m.end(), folded.length());
        out.add(mark.lookingAt() ? hijri.get().span(m.start(), mark.end()) : hijri.get()); // في 1434 هـ whole
      } else if (y >= 1000 && y <= 2999) {
        out.add(Hit.point(m.start(), m.end(), LocalDateTime.of(y, 1, 1, 0, 0), Grain.YEAR, Hit.Kind.OTHER));
      }
    }
    for (Matcher m : Pat.matches(CENTURY, folded)) {
      century(m, ctx).ifPresent(out::add);
    }
    for (Matcher m : Pat.matches(DECADE, folded)) {
      int y = 1900 + Integer.parseInt(W.value("decade", m.group("dec")));
      // ten years at year grain, as a reader gives them; Duckling has no decade grain
      out.add(new Hit(m.start(), m.end(), LocalDateTime.of(y, 1, 1, 0, 0), LocalDateTime.of(y + 10, 1, 1, 0, 0), Grain.YEAR,
          Hit.Kind.OTHER));
    }
    for (Matcher m : Pat.matches(MARKED_HIJRI_YEAR, folded)) {
      int y = Integer.parseInt(m.group("y"));
      Optional<LocalDate> from = Hijri.toGregorian(y, 1, 1);
      Optional<LocalDate> to = Hijri.toGregorian(y + 1, 1, 1);
      if (from.isPresent() && to.isPresent()) {
        out.add(new Hit(m.start(), m.end(), from.get().atStartOfDay(), to.get().atStartOfDay(), Grain.YEAR, Hit.Kind.OTHER));
      }
    }
    for (Matcher m : Pat.matches(YEAR_RANGE, folded)) {
      int y1 = Integer.parseInt(m.group("y1"));
      int y2 = Integer.parseInt(m.group("y2"));
      if (y1 >= 1000 && y2 > y1 && y2 <= 2999) {
        out.add(new Hit(m.start(), m.end(), LocalDateTime.of(y1, 1, 1, 0, 0), LocalDateTime.of(y2 + 1, 1, 1, 0, 0),
            Grain.YEAR, Hit.Kind.OTHER));
      }
    }
    for (Matcher m : Pat.matches(MONTH, folded)) {
      MonthRules.month(m, ctx).ifPresent(ym -> out.add(
          Hit.point(m.start(), m.end(), ym.atDay(1).atStartOfDay(), Grain.MONTH, Hit.Kind.OTHER)));
    }
    for (Matcher m : Pat.matches(MONTH_NUMBER, folded)) {
      int mo = Pat.number(m.group("mnum"));
      boolean counted = m.start() > 0 && folded.charAt(m.start() - 1) == '\u0644'; // للشهر الثالث: for the third month
      if (mo >= 2 && mo <= 12 && !counted) {
        MonthRules.month(m, ctx).ifPresent(ym -> out.add(
            Hit.point(m.start(), m.end(), ym.atDay(1).atStartOfDay(), Grain.MONTH, Hit.Kind.OTHER)));
      }
    }
    for (Matcher m : Pat.matches(MONTH_BARE, folded)) {
      boolean shown = m.group("mrel") != null || m.group("ycyc") != null || m.group("y") != null
          || m.group("mon").indexOf('/') > 0 || m.group("mon").indexOf('(') > 0;
      if (shown) {
        MonthRules.month(m, ctx).ifPresent(ym -> out.add(
            Hit.point(m.start(), m.end(), ym.atDay(1).atStartOfDay(), Grain.MONTH, Hit.Kind.OTHER)));
      }
    }
    for (Matcher m : Pat.matches(FEAST, folded)) {
      // ثاني أيام عيد الفطر: the feast's second day
      int nth = m.group("nth") == null ? 1 : Integer.parseInt(W.value("nth", m.group("nth")));
      if (nth < 1) {
        continue;
      }
      feast(m, ctx).ifPresent(d -> out.add(Hit.day(m.start(), m.end(), d.plusDays(nth - 1L), Hit.Kind.DATE)));
    }
    if (ANY_EID.test(folded)) { // one scan for العيد spares the pattern on texts that name no feast
      for (Matcher m : Pat.matches(EID_DAYS, folded)) {
        int nth = m.group("nth") == null ? 1 : Integer.parseInt(W.value("nth", m.group("nth")));
        if (nth >= 1) {
          nearestEid(ctx).ifPresent(d -> out.add(Hit.day(m.start(), m.end(), d.plusDays(nth - 1L), Hit.Kind.DATE)));
        }
      }
    }
    for (Matcher m : Pat.matches(HIJRI_DAY, folded)) {
      int month = Integer.parseInt(HijriDateMatcher.MONTHS.get(m.group("hm")).get(0));
      Optional<LocalDate> date = hijriDay(m, ctx, month, dayOf(m.group("d")));
      date.ifPresent(found -> out.add(Hit.day(m.start(), m.end(), found, Hit.Kind.DATE)));
    }
    for (Matcher m : Pat.matches(HIJRI_RANGE, folded)) {
      int month = Integer.parseInt(HijriDateMatcher.MONTHS.get(m.group("hm")).get(0));
      int first = dayOf(m.group("d1"));
      int last = dayOf(m.group("d"));
      if (first < 1 || last <= first || last > 30) {
        continue;
      }
      hijriDay(m, ctx, month, first).ifPresent(from ->
          out.add(Hit.interval(m.start(), m.end(), from.atStartOfDay(), from.plusDays(last - first + 1L).atStartOfDay(), Grain.DAY)));
    }
  }

  /**
   * A bare year that can only be Hijri in the reference's time: within a lifetime of the
   * reference's Hijri year ({@code بحلول عام 1440} in 2015 is 1440 AH, not AD 1440), unless a
   * Gregorian mark ({@code م}) follows. Its days as an interval, as for a Hijri month.
   */
  private static Optional<Hit> hijriYear(String folded, Matcher m, int y, int now) {
    if (y < now - HIJRI_YEARS_BACK || y > now + HIJRI_YEARS_AHEAD
        || GREGORIAN_MARK.matcher(folded).region(m.end(), folded.length()).lookingAt()) {
      return Optional.empty();
    }
    Optional<LocalDate> from = Hijri.toGregorian(y, 1, 1);
    Optional<LocalDate> to = Hijri.toGregorian(y + 1, 1, 1);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Hit(m.start(), m.end(), from.get().atStartOfDay(), to.get().atStartOfDay(), Grain.YEAR, Hit.Kind.OTHER));
  }

  /**
   * A range of days of a Hijri month: {@code من 10 إلى 15 شوال}, {@code بين 1 و5 رمضان 1436}, {@code
   * من العاشر حتى الخامس عشر من شهر شوال}; the year as for one Hijri day.
   */
  private static final Pattern HIJRI_RANGE = Pat.compile("{B}(?:(?:{from}|{between}){S})?(?<d1>[0-3]?\\d(?!\\d)|" + MonthNames.DAY_WORD_SLOT
      + ")[ \\t]*(?:(?:{and}[ \\t]*)?{to}|[-\u2013]|{and})[ \\t]*(?<d>[0-3]?\\d(?!\\d)|" + MonthNames.DAY_WORD_SLOT
      + ")[ \\t]*(?:{of}{S})?(?:{monthword}{S})?(?<hm>{HMONTH})" + HIJRI_YEAR_OR_DIRECTION);

  private static int dayOf(String d) {
    return Character.isDigit(d.charAt(0)) ? Integer.parseInt(d) : MonthNames.dayOfWord(d);
  }

  /** Day {@code day} of Hijri month {@code month} in the year the match gives, or by its direction, or the lean's. */
  private static Optional<LocalDate> hijriDay(Matcher m, Ctx ctx, int month, int day) {
    return m.group("y") != null ? Hijri.toGregorian(Integer.parseInt(m.group("y")), month, day)
        : m.group("rel") != null ? hijriDayAround(ctx, month, day, Integer.parseInt(W.value("rel", m.group("rel"))))
        : ctx.yearly(y -> Hijri.inGregorianYear(y, month, day));
  }

  /**
   * A Hijri day with a direction: the last one before the reference's day (-1), the one in the
   * reference's Hijri year (0), or the next after it (1).
   */
  private static Optional<LocalDate> hijriDayAround(Ctx ctx, int month, int day, int rel) {
    int year = Hijri.yearOf(ctx.today());
    if (rel == 0) {
      return Hijri.toGregorian(year, month, day);
    }
    Optional<LocalDate> best = Optional.empty();
    for (int y = year - 1; y <= year + 1; y++) {
      Optional<LocalDate> d = Hijri.toGregorian(y, month, day);
      boolean onSide = rel < 0 ? d.isPresent() && d.get().isBefore(ctx.today()) : d.isPresent() && d.get().isAfter(ctx.today());
      if (onSide && (best.isEmpty() || (rel < 0) == d.get().isAfter(best.get()))) {
        best = d;
      }
    }
    return best;
  }

  /** The first day of the Eid nearest the reference in the lean's direction. */
  private static Optional<LocalDate> nearestEid(Ctx ctx) {
    Optional<LocalDate> best = Optional.empty();
    for (int[] eid : EIDS) {
      Optional<LocalDate> d = ctx.yearly(y -> Hijri.inGregorianYear(y, eid[0], eid[1]));
      if (d.isPresent() && (best.isEmpty() || (ctx.lean() == Lean.PAST) == d.get().isAfter(best.get()))) {
        best = d;
      }
    }
    return best;
  }

  /** The n-th century runs from year (n-1)*100: القرن العشرين is 1900 to 2000. */
  private static Optional<Hit> century(Matcher m, Ctx ctx) {
    LocalDateTime from;
    if (m.group("n") != null) {
      int n = Pat.number(m.group("n"));
      if (n < 1 || n > 30) {
        return Optional.empty();
      }
      from = LocalDateTime.of((n - 1) * 100, 1, 1, 0, 0);
    } else {
      int rel = Integer.parseInt(W.value("rel", m.group("rel")));
      from = Grain.CENTURY.plus(Grain.CENTURY.truncate(ctx.ref()), rel);
    }
    return Optional.of(new Hit(m.start(), m.end(), from, from.plusYears(100), Grain.CENTURY, Hit.Kind.OTHER));
  }

  private static Optional<LocalDate> feast(Matcher m, Ctx ctx) {
    String v = W.value("holiday", m.group("f"));
    if (v == null) {
      return Optional.empty();
    }
    java.util.function.IntFunction<Optional<LocalDate>> inYear;
    if (v.startsWith("easter")) {
      int shift = v.length() > "easter".length() ? Integer.parseInt(v.substring("easter".length())) : 0;
      inYear = y -> Optional.of(easter(y).plusDays(shift)); // الجمعة العظيمة is two days before
    } else {
      int month = Integer.parseInt(v.substring(0, v.indexOf('-')));
      int day = Integer.parseInt(v.substring(v.indexOf('-') + 1));
      inYear = y -> Hijri.inGregorianYear(y, month, day);
    }
    String y = m.group("y");
    return y != null ? inYear.apply(Integer.parseInt(y)) : directed(m, ctx).yearly(inYear);
  }

  /** The reference with the lean a direction word after a feast asks for: عيد الفطر الماضي, عيد الأضحى المقبل. */
  static Ctx directed(Matcher m, Ctx ctx) {
    String rel = W.value("rel", m.group("rel"));
    if (rel == null || rel.equals("0")) {
      return ctx;
    }
    int days = rel.startsWith("-") ? -1 : 1; // strictly before or after the reference day
    return new Ctx(ctx.ref().plusDays(days), rel.startsWith("-") ? Lean.PAST : Lean.FUTURE, ctx.zone());
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int n = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * n + 114) / 31;
    int day = (h + l - 7 * n + 114) % 31 + 1;
    return YearMonth.of(year, month).atDay(day);
  }
}
