package org.marsad.arabic.dates;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Clock times: {@code الساعة 3 صباحا}, {@code الثالثة فجرا}, {@code الساعة 12 إلا ربع قبل الظهر},
 * {@code الساعة الرابعة وأربعون دقيقة بعد العصر}, {@code 15:15}, {@code حتى الساعة 2:00}. Without a
 * part of the day an hour up to 12 is the lean's nearest of its two readings.
 */
final class ClockRules {
  private static final Words W = Words.TEMPORAL;
  static final String HOUR = "(?<h>\\d{1,2}(?::(?<hm>\\d{2})(?::(?<hs>\\d{2}))?)?(?![\\d:])|{NUMW}(?:{S}{NUMW})?)";
  static final String MINUTES = "(?:[ \\t]*(?:(?<and>{and})[ \\t]*(?:(?<fr>{fraction})|(?<mn>{NUM}))"
      + "|(?<ex>{except}){S}(?:(?<xfr>{fraction})|(?<xmn>{NUM})))(?:{S}{minword})?{E})?";
  /** The part of the day after a time, also after من or في: التاسعة من مساء، 11 في الليل. */
  static final String PERIOD = "(?:[ \\t]+(?:{of}{S})?(?<per>{period}){E})?";
  /** A zone the time is given in: بتوقيت غرينتش، GMT، (بتوقيت مكة المكرمة). */
  static final String ZONE = "(?:[ \\t]*+\\(?[ \\t]*+(?<zone>{ZONE})\\)?)?";

  private static final Pattern CLOCK = Pat.compile("{B}(?:(?<until>{until}){S})?(?:{at}{S})?(?:(?<clk>{clock})[ \\t]*)?"
      + HOUR + MINUTES + PERIOD + ZONE);
  /** A counted plural right before an hour word makes it an adjective: الساعات الأولى من صباح اليوم. */
  private static final Pattern PLURAL_BEFORE = Pat.compile("{defplural}[ \\t]+$");

  private ClockRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    for (Matcher m : Pat.matches(CLOCK, folded)) {
      if (m.group("clk") == null && PLURAL_BEFORE.matcher(folded).region(Math.max(0, m.start() - 16), m.start()).find()) {
        continue;
      }
      clock(m, ctx, out);
    }
  }

  private static void clock(Matcher m, Ctx ctx, List<Hit> out) {
    String h = m.group("h");
    boolean colon = m.group("hm") != null;
    String per = W.value("period", m.group("per"));
    boolean letter = m.group("per") != null && m.group("per").length() == 1;
    if (m.group("clk") == null && !colon && (per == null || letter) && m.group("zone") == null) {
      return; // a bare number or number word is no time
    }
    int hour = colon ? Integer.parseInt(h.substring(0, h.indexOf(':'))) : Pat.number(h);
    int minutes = colon ? Integer.parseInt(m.group("hm")) : minutes(m);
    int seconds = m.group("hs") != null ? Integer.parseInt(m.group("hs")) : 0;
    if (hour < 0 || hour > 24 || minutes < -59 || minutes > 59 || seconds > 59) {
      return;
    }
    int total = hour * 60 + minutes;
    hour = Math.floorDiv(total, 60) % 24;
    int minute = Math.floorMod(total, 60);
    LocalDateTime wall = resolve(ctx, hour, minute, per).plusSeconds(seconds);
    Grain grain = m.group("hs") != null ? Grain.SECOND
        : colon || m.group("and") != null || m.group("ex") != null ? Grain.MINUTE : Grain.HOUR;
    ZoneOffset zone = m.group("zone") != null ? TimeSuffix.offset(m.group("zone")) : null;
    LocalDateTime t = zone == null ? wall : ctx.fromZone(wall, zone);
    if (zone != null && grain == Grain.HOUR) {
      grain = Grain.MINUTE; // Duckling's convention: a time moved between zones is given to the minute
    }
    if (m.group("until") != null && t.isAfter(ctx.ref())) {
      out.add(new Hit(m.start(), m.end(), ctx.ref(), t, Grain.SECOND, Hit.Kind.OTHER));
    } else {
      LocalDateTime from = grain.truncate(t);
      boolean undecided = per == null && hour >= 1 && hour <= 12;
      out.add(new Hit(m.start(), m.end(), from, grain.plus(from, 1), grain, undecided ? Hit.Kind.TIME12 : Hit.Kind.TIME,
          Duration.between(wall, t)));
    }
  }

  /** Minutes after the hour, negative before it ({@code إلا ربع}). */
  private static int minutes(Matcher m) {
    if (m.group("fr") != null) {
      return Integer.parseInt(W.value("fraction", m.group("fr")));
    }
    if (m.group("mn") != null) {
      return Pat.number(m.group("mn"));
    }
    if (m.group("xfr") != null) {
      return -Integer.parseInt(W.value("fraction", m.group("xfr")));
    }
    if (m.group("xmn") != null) {
      return -Pat.number(m.group("xmn"));
    }
    return 0;
  }

  /**
   * The wall time of {@code hour:minute} with the part of the day {@code per} ({@code am}, {@code pm},
   * {@code night}, or null), on the day the lean picks when the hour could be either half.
   */
  static LocalDateTime resolve(Ctx ctx, int hour, int minute, @Nullable String per) {
    LocalDateTime day = ctx.today().atStartOfDay();
    if ("night".equals(per)) {
      // ليلا: 8 at night is 20:00, 12 the midnight that ends the day, and 1 to 4 the small hours
      return day.plusHours(hour == 12 ? 24 : hour >= 5 && hour < 12 ? hour + 12 : hour).plusMinutes(minute);
    }
    if ("pm".equals(per)) {
      return day.plusHours(hour < 12 ? hour + 12 : hour).plusMinutes(minute);
    }
    if ("am".equals(per) || hour > 12 || hour == 0) {
      return day.plusHours(hour == 12 && "am".equals(per) ? 0 : hour).plusMinutes(minute);
    }
    LocalDateTime best = null;
    for (int d = -1; d <= 1; d++) {
      for (int half = 0; half <= 12; half += 12) {
        LocalDateTime t = day.plusDays(d).plusHours(hour % 12 + half).plusMinutes(minute);
        boolean fits = ctx.lean() == Lean.PAST ? !t.isAfter(ctx.ref()) : t.isAfter(ctx.ref());
        if (fits && (best == null || (ctx.lean() == Lean.PAST) == t.isAfter(best))) {
          best = t;
        }
      }
    }
    return best;
  }
}
