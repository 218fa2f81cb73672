package org.marsad.arabic.dates;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A range of clock times: {@code من الساعة 3 إلى الساعة 5 عصرا}, {@code بين 9:30 و 11:00}, {@code من 8
 * صباحا إلى 1 ظهرا}, {@code 15:00 - 18:00 بتوقيت غرينتش}. A part of the day said once covers both
 * ends ({@code من 9 إلى 11 صباحا}); when that would put the start after the end, the start is the
 * morning ({@code من 10 إلى 12 ظهرا}). Like Duckling the interval is closed: it ends one unit after its
 * last hour, minute or second. Bare numbers ({@code من 3 إلى 5}) are no times: a clock word, a colon
 * or a part of the day must show it. The hit is a {@link Hit.Kind#TIMES}, which a day next to it
 * moves onto that day ({@code الخميس من 9 إلى 11 صباحا}).
 */
final class TimeRangeRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern RANGE = Pat.compile("{B}(?:(?<from>{from}|{between}){S})?" + end(1)
      + "[ \\t]*(?:(?:{and}[ \\t]*)?(?<to>{to})|(?<and>{and})|[-\u2013])[ \\t]*" + end(2) + ClockRules.ZONE);

  private TimeRangeRules() {}

  /** One end: an optional الساعة, an hour in digits (with minutes, seconds) or words, its part of the day. */
  private static String end(int i) {
    return "(?:{at}{S})?(?:(?<clk" + i + ">{clock})[ \\t]*)?"
        + "(?<h" + i + ">\\d{1,2}(?::(?<m" + i + ">\\d{2})(?::(?<s" + i + ">\\d{2}))?)?(?![\\d:])|{NUMW}(?:{S}{NUMW})?)"
        + "(?:[ \\t]+(?:{of}{S})?(?<per" + i + ">{period}){E})?";
  }

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    for (Matcher m : Pat.matches(RANGE, folded)) {
      range(m, ctx, out);
    }
  }

  private static void range(Matcher m, Ctx ctx, List<Hit> out) {
    boolean colon = m.group("m1") != null || m.group("m2") != null;
    boolean shown = m.group("clk1") != null || m.group("clk2") != null || colon
        || longPeriod(m.group("per1")) || longPeriod(m.group("per2"));
    boolean joined = m.group("and") == null || (m.group("from") != null && W.value("between", m.group("from")) != null);
    if (!shown || !joined) {
      return;
    }
    int h1 = hour(m.group("h1"));
    int h2 = hour(m.group("h2"));
    int m1 = minutes(m.group("m1"));
    int m2 = minutes(m.group("m2"));
    if (h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 || m1 > 59 || m2 > 59) {
      return;
    }
    String p2 = period(m.group("per2"), m.group("per1"));
    String p1 = period(m.group("per1"), m.group("per2"));
    if (m.group("per1") == null && "pm".equals(p1) && h1 < 12 && h2 < 12 && h1 > h2) {
      p1 = "am"; // من 10 إلى 1 ظهرا: the ten is in the morning
    }
    if (m.group("per1") == null && "pm".equals(p1) && h1 < 12 && h2 == 12) {
      p1 = "am"; // من 10 إلى 12 ظهرا
    }
    LocalDateTime t1 = ClockRules.resolve(ctx, h1 % 24, m1, p1).plusSeconds(seconds(m.group("s1")));
    LocalDateTime t2 = t1.toLocalDate().atTime(ClockRules.resolve(ctx, h2 % 24, m2, p2).toLocalTime())
        .plusSeconds(seconds(m.group("s2")));
    if (!t2.isAfter(t1)) {
      t2 = p2 == null && t2.plusHours(12).isAfter(t1) ? t2.plusHours(12) : t2.plusDays(1);
    }
    Grain grain = m.group("s1") != null || m.group("s2") != null ? Grain.SECOND : colon ? Grain.MINUTE : Grain.HOUR;
    ZoneOffset zone = m.group("zone") != null ? TimeSuffix.offset(m.group("zone")) : null;
    LocalDateTime from = zone == null ? t1 : ctx.fromZone(t1, zone);
    LocalDateTime to = grain.plus(zone == null ? t2 : ctx.fromZone(t2, zone), 1);
    if (zone != null && grain == Grain.HOUR) {
      grain = Grain.MINUTE;
      to = to.minusHours(1).plusMinutes(1);
    }
    boolean undecided = p1 == null && h1 >= 1 && h1 <= 12 && h2 >= 1 && h2 <= 12;
    out.add(new Hit(m.start(), m.end(), from, to, grain, undecided ? Hit.Kind.TIMES12 : Hit.Kind.TIMES,
        Duration.between(t1, from)));
  }

  /** A part of the day in words; the letters ص and م alone are too vague after a bare number. */
  private static boolean longPeriod(@Nullable String per) {
    return per != null && per.length() > 1;
  }

  private static @Nullable String period(@Nullable String own, @Nullable String other) {
    String v = W.value("period", own);
    return v != null ? v : W.value("period", other);
  }

  private static int hour(String h) {
    int colon = h.indexOf(':');
    return Pat.number(colon < 0 ? h : h.substring(0, colon));
  }

  private static int minutes(@Nullable String m) {
    return m == null ? 0 : Integer.parseInt(m);
  }

  private static int seconds(@Nullable String s) {
    return s == null ? 0 : Integer.parseInt(s);
  }
}
