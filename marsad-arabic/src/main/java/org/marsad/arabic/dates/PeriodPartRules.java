package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The early, middle or late part of a month, year or week, as an interval (Duckling's convention):
 * {@code أوائل شهر مارس} is days 1 to 10, {@code أواسط أبريل} 11 to 20, {@code أواخر مارس} and
 * {@code نهاية الشهر} 21 to the end; {@code بداية العام} is January to March and {@code نهاية 2014}
 * September to December (grain month); {@code بداية الأسبوع المقبل} is its Monday to Wednesday and
 * {@code نهاية الأسبوع الماضي} its Friday to Sunday. {@code بداية} and {@code منتصف} before a month
 * (named or {@code الشهر}) stay one day (see {@link MonthRules}), as Duckling reads {@code بداية شهر
 * 3} and {@code نص شهر مارس}.
 */
final class PeriodPartRules {
  private static final Words W = Words.TEMPORAL;
  private static final java.util.function.Predicate<String> ANY_PART = Pat.mentionsAny(W.words("third"));
  private static final Pattern OF_MONTH = Pat.compile("{B}(?<part>{thirdonly}){S}(?:{of}{S})?"
      + MonthRules.MONTHX + MonthRules.YEARX);
  private static final Pattern OF_CYCLE = Pat.compile("{B}(?<part>{third}){S}(?:{of}{S})?(?:{this}{S})?"
      + "(?<cyc>{cycle})(?:{S}(?<rel>{rel}))?{E}");
  private static final Pattern OF_YEAR = Pat.compile("{B}(?<part>{third}){S}(?:{of}{S})?(?:{yearword}[ \\t]*)?"
      + "(?<y>\\d{4})(?!\\d)");

  private PeriodPartRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY_PART.test(folded)) {
      return; // one scan for a part word is much cheaper than the full patterns tried at every position
    }
    for (Matcher m : Pat.matches(OF_MONTH, folded)) {
      int third = Integer.parseInt(W.value("thirdonly", m.group("part")));
      MonthRules.month(m, ctx).ifPresent(ym -> out.add(ofMonth(m, ym, third)));
    }
    for (Matcher m : Pat.matches(OF_CYCLE, folded)) {
      ofCycle(m, ctx).ifPresent(out::add);
    }
    for (Matcher m : Pat.matches(OF_YEAR, folded)) {
      int y = Integer.parseInt(m.group("y"));
      if (y >= 1000 && y <= 2999) {
        out.add(ofYear(m, y, Integer.parseInt(W.value("third", m.group("part")))));
      }
    }
  }

  private static Optional<Hit> ofCycle(Matcher m, Ctx ctx) {
    Grain g = Grain.valueOf(W.value("cycle", m.group("cyc")));
    String rel = W.value("rel", m.group("rel"));
    LocalDateTime unit = g.plus(g.truncate(ctx.ref()), rel == null ? 0 : Integer.parseInt(rel));
    int third = Integer.parseInt(W.value("third", m.group("part")));
    String part = m.group("part");
    boolean oneDay = W.value("thirdonly", part) == null && W.value("monthpart", part) != null;
    return switch (g) {
      // بداية الشهر and منتصف الشهر are days, as بداية شهر 3 and نص شهر مارس are (MonthRules)
      case MONTH -> oneDay
          ? Optional.of(Hit.day(m.start(), m.end(), MonthRules.partDay(YearMonth.from(unit), part), Hit.Kind.DATE))
          : Optional.of(ofMonth(m, YearMonth.from(unit), third));
      case YEAR -> Optional.of(ofYear(m, unit.getYear(), third));
      case WEEK -> {
        LocalDateTime from = unit.plusDays(third == 1 ? 0 : third == 2 ? 1 : 4);
        yield Optional.of(Hit.interval(m.start(), m.end(), from, from.plusDays(3), Grain.DAY));
      }
      default -> Optional.empty();
    };
  }

  /** Days 1-10, 11-20, or 21 to the end of the month. */
  private static Hit ofMonth(Matcher m, YearMonth ym, int third) {
    LocalDate from = ym.atDay(third == 1 ? 1 : third == 2 ? 11 : 21);
    LocalDate to = third == 3 ? ym.plusMonths(1).atDay(1) : from.plusDays(10);
    return Hit.interval(m.start(), m.end(), from.atStartOfDay(), to.atStartOfDay(), Grain.DAY);
  }

  /** January-March, May-August, or September-December (Duckling's beginning and end of a year). */
  private static Hit ofYear(Matcher m, int year, int third) {
    LocalDateTime from = LocalDateTime.of(year, third == 1 ? 1 : third == 2 ? 5 : 9, 1, 0, 0);
    LocalDateTime to = third == 1 ? from.plusMonths(3) : from.plusMonths(4);
    return Hit.interval(m.start(), m.end(), from, to, Grain.MONTH);
  }
}
