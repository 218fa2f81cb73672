package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters, halves and opening months of a year, as business and economic news names them:
 * {@code الربع الثاني من العام} (a quarter, Duckling's grain), {@code النصف الأول من عام 2015} and
 * {@code الأشهر السبعة الأولى من العام الماضي} (intervals of months). The year is given, relative
 * ({@code من العام الجاري}, {@code العام الماضي}) or, for a quarter alone ({@code الربع الثاني}), the
 * lean's nearest such quarter. A half or an opening run of months needs its year: {@code النصف الأول}
 * alone is as often half of a match or of a price.
 */
final class YearPartRules {
  private static final Words W = Words.TEMPORAL;
  private static final String YEAR_OF = "(?:{S}(?:{of}{S})?(?:(?:{yearword}[ \\t]*)?(?<y>\\d{4})(?!\\d)"
      + "|(?:{this}{S})?(?<cyc>{cycle})(?:{S}(?<rel>{rel}))?{E}))";
  private static final Pattern QUARTER = Pat.compile("{B}{quarter}{S}(?<nth>{nth}){E}(?<year>" + YEAR_OF + ")?");
  private static final Pattern HALF = Pat.compile("{B}{half}{S}(?<nth>{nth}){E}" + YEAR_OF);
  private static final Pattern OPENING = Pat.compile("{B}(?:{months}{S}(?<n1>{NUM}){S}(?<first>{nth})"
      + "|(?<first2>{nth}){S}(?<n2>{NUM}){S}(?:{months}|{plural})){E}" + YEAR_OF);
  private static final java.util.function.Predicate<String> ANY =
      Pat.mentionsAny(java.util.stream.Stream.of(W.words("quarter"), W.words("half"), W.words("months"))
          .flatMap(java.util.Collection::stream).toList());

  private YearPartRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY.test(folded)) {
      return;
    }
    for (Matcher m : Pat.matches(QUARTER, folded)) {
      quarter(m, ctx).ifPresent(out::add);
    }
    for (Matcher m : Pat.matches(HALF, folded)) {
      int nth = Integer.parseInt(W.value("nth", m.group("nth")));
      year(m, ctx).filter(y -> nth == 1 || nth == 2 || nth == -1).ifPresent(y -> {
        LocalDateTime from = LocalDateTime.of(y, nth == 1 ? 1 : 7, 1, 0, 0);
        out.add(new Hit(m.start(), m.end(), from, from.plusMonths(6), Grain.MONTH, Hit.Kind.OTHER));
      });
    }
    for (Matcher m : Pat.matches(OPENING, folded)) {
      String first = m.group("first") != null ? m.group("first") : m.group("first2");
      int n = Pat.number(m.group("n1") != null ? m.group("n1") : m.group("n2"));
      if (!"1".equals(W.value("nth", first)) || n < 2 || n > 11) {
        continue; // الأشهر الثلاثة الأخيرة counts back from the reference, not from January
      }
      year(m, ctx).ifPresent(y -> {
        LocalDateTime from = LocalDateTime.of(y, 1, 1, 0, 0);
        out.add(new Hit(m.start(), m.end(), from, from.plusMonths(n), Grain.MONTH, Hit.Kind.OTHER));
      });
    }
  }

  private static Optional<Hit> quarter(Matcher m, Ctx ctx) {
    int nth = Integer.parseInt(W.value("nth", m.group("nth")));
    int q = nth == -1 ? 4 : nth;
    if (q < 1 || q > 4) {
      return Optional.empty();
    }
    int month = 3 * (q - 1) + 1;
    Optional<Integer> year = m.group("year") != null ? year(m, ctx)
        : ctx.yearly(y -> Optional.of(LocalDate.of(y, month, 1))).map(LocalDate::getYear);
    int end = m.group("year") != null ? m.end() : m.end("nth");
    return year.map(y -> Hit.point(m.start(), end, LocalDateTime.of(y, month, 1, 0, 0), Grain.QUARTER, Hit.Kind.OTHER));
  }

  /** The year YEAR_OF names: digits, or the reference's year moved by the direction after العام. */
  private static Optional<Integer> year(Matcher m, Ctx ctx) {
    if (m.group("y") != null) {
      return Optional.of(Integer.parseInt(m.group("y")));
    }
    if (m.group("cyc") == null || !"YEAR".equals(W.value("cycle", m.group("cyc")))) {
      return Optional.empty();
    }
    String rel = W.value("rel", m.group("rel"));
    return Optional.of(ctx.today().getYear() + (rel == null ? 0 : Integer.parseInt(rel)));
  }
}
