package org.marsad.arabic.dates;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A span from the reference to a count of units ahead: {@code خلال أسبوعين}, {@code في غضون ثلاثة
 * أيام}, {@code خلال 48 ساعة}, {@code خلال شهر}. Following Duckling, it starts at the reference (grain
 * second) and ends at the reference moved by the count, cut to the next finer unit (within two weeks
 * ends at the start of that day; within two days at the start of that hour). A count followed by a
 * month name ({@code خلال شهر شوال}) or by من/على (counted from an event) is not one.
 */
final class DurationRules {
  private static final Words W = Words.TEMPORAL;
  private static final java.util.function.Predicate<String> ANY_WITHIN = Pat.mentionsAny(W.words("within"));
  private static final Pattern WITHIN = Pat.compile("{B}{within}{S}(?:(?<n>{NUM}){S}(?<pu>{plural}|{unit})"
      + "|(?<du>{dual})|(?<su>{unit})){E}(?![ \\t]+(?:(?:{anchor}|{MONTH}|{HMONTH}|{rel}){E}|\\d))");

  private DurationRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    if (!ANY_WITHIN.test(folded)) {
      return; // one scan for خلال or غضون is cheaper than the full pattern tried at every position
    }
    for (Matcher m : Pat.matches(WITHIN, folded)) {
      Grain unit = unit(m);
      int n = m.group("n") != null ? Pat.number(m.group("n")) : m.group("du") != null ? 2 : 1;
      if (unit == null || n <= 0 || n > 10_000) {
        continue;
      }
      LocalDateTime to = finer(unit).truncate(unit.plus(ctx.ref(), n));
      out.add(Hit.interval(m.start(), m.end(), Grain.SECOND.truncate(ctx.ref()), to, Grain.SECOND));
    }
  }

  /** The unit a moved time is cut to: Duckling's next finer grain, skipping weeks and quarters. */
  static Grain finer(Grain unit) {
    return switch (unit) {
      case SECOND, MINUTE -> Grain.SECOND;
      case HOUR -> Grain.MINUTE;
      case DAY -> Grain.HOUR;
      case WEEK, MONTH -> Grain.DAY;
      case QUARTER, YEAR -> Grain.MONTH;
      case DECADE, CENTURY -> Grain.YEAR;
    };
  }

  private static @Nullable Grain unit(Matcher m) {
    for (String g : new String[] {"pu", "du", "su"}) {
      String word = m.group(g);
      if (word != null) {
        for (String category : new String[] {"unit", "plural", "dual"}) {
          String v = W.value(category, word);
          if (v != null) {
            return Grain.valueOf(v);
          }
        }
        return null;
      }
    }
    return null;
  }
}
