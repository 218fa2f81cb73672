package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hijri month named without a day, as the interval of its days (Umm al-Qura): {@code رمضان 2014}
 * (the Ramadan that starts in 2014, 1435), {@code رمضان 1445}, {@code شهر شوال}, {@code رمضان
 * المنصرم}, {@code ذي الحجة المقبل}. Without a year or direction the lean picks: the latest begun
 * (PAST) or the first not yet over (FUTURE); الماضي is the latest over, المقبل the next to begin.
 * Many month names are also given names ({@code رجب}, {@code شعبان}, {@code رمضان}) or words
 * ({@code صفر} is zero), so a bare one-word name counts only for رمضان, the month the news names
 * most, and only after a preposition ({@code في رمضان}, {@code برمضان}, {@code خلال رمضان}) or
 * standing alone: {@code رمضان الزهراني} is a man.
 */
final class HijriMonthRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern MONTH = Pat.compile("{B}(?:(?<part>{monthpart}|{thirdonly}){S}(?:{of}{S})?)?"
      + "(?<glue>[\u0628\u0644](?={HMONTH}))?(?<mw>{monthword}{S})?(?<hm>{HMONTH})"
      + "(?:[ \\t]+(?<rel>{rel}){E})?(?:[ \\t]*[,\u060C]?[ \\t]*(?:(?:{of}{S})?{yearword}[ \\t]*)?(?<y>\\d{4})(?!\\d))?");
  private static final java.util.function.Predicate<String> ANY_MONTH = Pat.mentionsAny(HijriDateMatcher.MONTHS.names());
  private static final Pattern INTRO_BEFORE = Pat.compile("{B}{hijriintro}[ \\t]+$");
  private static final Pattern ALONE_BEFORE = Pattern.compile("^[\\s\\p{P}]*$");
  private static final Pattern ALONE_AFTER = Pattern.compile("^[\\s\\p{P}]*(?:$|[\\n.!?\u061F])");
  private static final String RAMADAN = FoldedText.fold("\u0631\u0645\u0636\u0627\u0646");

  private HijriMonthRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY_MONTH.test(folded)) {
      return; // one scan for the name is much cheaper than the full pattern tried at every position
    }
    for (Matcher m : Pat.matches(MONTH, folded)) {
      String name = m.group("hm");
      boolean shown = m.group("mw") != null || m.group("rel") != null || m.group("y") != null
          || m.group("part") != null || name.strip().indexOf(' ') > 0
          || (name.strip().equals(RAMADAN) && introduced(folded, m));
      if (!shown) {
        continue;
      }
      int month = Integer.parseInt(HijriDateMatcher.MONTHS.get(name).get(0));
      start(m, ctx, month).ifPresent(from -> {
        Hijri.Day first = Hijri.of(from);
        LocalDate to = next(first.year(), month);
        if (to != null) {
          out.add(part(m, from, to));
        }
      });
    }
  }

  /**
   * The month's days, or the part named before it: بداية (its first day) and منتصف (its 15th) as in a
   * Gregorian month, أوائل/أواسط/أواخر its thirds (1-10, 11-20, 21 to the end).
   */
  private static Hit part(Matcher m, LocalDate from, LocalDate to) {
    String part = m.group("part");
    String day = W.value("monthpart", part);
    if (day != null) {
      return Hit.day(m.start(), m.end(), from.plusDays(Integer.parseInt(day) - 1L), Hit.Kind.DATE);
    }
    String third = W.value("thirdonly", part);
    if (third == null) {
      // Said as a month (شهر رمضان) or counted as one (رمضان الماضي), it is a month, as a Gregorian
      // one is; the name alone or with a year (رمضان، رمضان 2015) is Duckling's holiday: its days.
      boolean month = m.group("mw") != null || m.group("rel") != null;
      return Hit.interval(m.start(), m.end(), from.atStartOfDay(), to.atStartOfDay(), month ? Grain.MONTH : Grain.DAY);
    }
    int t = Integer.parseInt(third);
    LocalDate a = from.plusDays(t == 1 ? 0 : t == 2 ? 10 : 20);
    LocalDate b = t == 3 ? to : a.plusDays(10);
    return Hit.interval(m.start(), m.end(), a.atStartOfDay(), b.atStartOfDay(), Grain.DAY);
  }

  /** Whether a bare month name follows a preposition, or stands alone in its text. */
  private static boolean introduced(String folded, Matcher m) {
    if (m.group("glue") != null) {
      return true;
    }
    Matcher before = INTRO_BEFORE.matcher(folded).region(Math.max(0, m.start() - 12), m.start());
    before.useTransparentBounds(true);
    return before.find() || (ALONE_BEFORE.matcher(folded.substring(0, m.start())).matches()
        && ALONE_AFTER.matcher(folded.substring(m.end())).find());
  }

  private static Optional<LocalDate> start(Matcher m, Ctx ctx, int month) {
    if (m.group("y") != null) {
      int y = Integer.parseInt(m.group("y"));
      return y >= Hijri.MIN_YEAR && y <= Hijri.MAX_YEAR ? Hijri.toGregorian(y, month, 1)
          : Hijri.inGregorianYear(y, month, 1);
    }
    String relWord = W.value("rel", m.group("rel"));
    int rel = relWord == null ? 0 : Integer.parseInt(relWord);
    LocalDate today = ctx.today();
    int hy = Hijri.of(today).year();
    LocalDate best = null;
    for (int y = hy - 1; y <= hy + 1; y++) {
      LocalDate from = Hijri.toGregorian(y, month, 1).orElse(null);
      LocalDate to = next(y, month);
      if (from == null || to == null) {
        continue;
      }
      boolean fits;
      boolean latest;
      if (rel < 0 || (relWord == null && ctx.lean() == Lean.PAST)) {
        fits = rel < 0 ? !to.isAfter(today) : !from.isAfter(today);
        latest = true;
      } else if (rel > 0) {
        fits = from.isAfter(today);
        latest = false;
      } else {
        fits = to.isAfter(today);
        latest = false;
      }
      if (fits && (best == null || latest == from.isAfter(best))) {
        best = from;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first day after Hijri month {@code month} of year {@code year}, or null out of range. */
  private static LocalDate next(int year, int month) {
    return (month == 12 ? Hijri.toGregorian(year + 1, 1, 1) : Hijri.toGregorian(year, month + 1, 1)).orElse(null);
  }
}
