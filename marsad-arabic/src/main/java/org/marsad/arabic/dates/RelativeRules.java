package org.marsad.arabic.dates;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Expressions counted from the reference: الآن، اليوم، أمس، بعد غد، الليلة، الشهر الماضي،
 * هذا الأسبوع، منذ 3 أيام، قبل أسبوعين، بعد ساعتين، خلال الأيام الثلاثة المقبلة. A count followed by
 * من or على ({@code بعد ثلاثة أيام من وصوله}) is counted from an event, so it is left out.
 */
final class RelativeRules {
  private static final Words W = Words.TEMPORAL;
  private static final Pattern NOW = Pat.compile("{B}(?<w>{now}){E}");
  private static final Pattern DAY = Pat.compile("{B}(?<w>{dayrel}){E}");
  private static final Pattern PART = Pat.compile("{B}(?<w>{partofday}){E}");
  /** صباح، مساء، فجر… alone: kept only when a day follows ({@code صباح أمس}); see TemporalTagger. */
  private static final Pattern DAYPART = Pat.compile("{B}(?<w>{daypart}){E}");
  private static final Pattern CYCLE =
      Pat.compile("{B}(?:{this}{S}(?<c1>{cycle})|(?<c3>{thiscycle})|(?<c2>{cycle}){S}(?:(?<twice>{ago}|{later}){S})?(?<rel>{rel})){E}");
  /**
   * A count back or ahead ({@code قبل 3 أيام}, {@code بعد ساعتين}, {@code 3 ساعات من الآن}); not after
   * أكثر or أقل: {@code منذ أكثر من عامين} is a bound, not a date.
   */
  private static final Pattern OFFSET = Pat.compile("(?<!(?:\u0623\u0643\u062B\u0631|\u0623\u0642\u0644|\u0627\u0643\u062B\u0631|\u0627\u0642\u0644)[ \\t])"
      + "{B}(?:(?<dir>{ago}|{later}){S})?(?:(?<ap>{approx}){S})?"
      + "(?:(?<n>{NUM}){S}(?<pu>{plural}|{unit})|(?<du>{dual})|(?<su>{unit})|(?<dn>{defunit})"
      + "|(?<fr>{fraction}){S}(?<fu>{unit})){E}(?:{S}\u0648[ \\t]*(?<fr2>{fraction}){E})?"
      + "(?:{S}(?<ap2>{approx}){E})?(?:{S}(?<fromnow>\u0645\u0646{S}(?:{now}|\u0627\u0644\u064A\u0648\u0645)){E})?"
      + "(?![ \\t]+{anchor}{E})");
  private static final Pattern SEVERAL = Pat.compile("{B}(?:(?:{later}|{within}){S})?"
      + "(?:(?<u1>{defplural}){S}(?<n1>{NUM})|(?<n2>{NUM}){S}(?<u2>{plural}|{defplural})|(?<u3>{defdual})){S}(?:(?<rel>{rel})|(?<lrel>{lastrel})){E}");
  /** آخر 3 أيام، آخر ساعتين: the last N units up to the reference, as الأيام الثلاثة الماضية. */
  private static final Pattern LAST_N = Pat.compile("{B}{lastn}{S}(?:(?<n>{NUM}){S}(?<u>{plural}|{unit})|(?<du>{dual})){E}");

  private RelativeRules() {}

  static void collect(String folded, Ctx ctx, List<Hit> out) {
    LocalDateTime ref = ctx.ref();
    for (Matcher m : Pat.matches(NOW, folded)) {
      out.add(Hit.point(m.start(), m.end(), ref, Grain.SECOND, Hit.Kind.OTHER));
    }
    for (Matcher m : Pat.matches(DAY, folded)) {
      if (namedDay(folded, m)) {
        continue;
      }
      int days = Integer.parseInt(W.value("dayrel", m.group("w")));
      out.add(Hit.day(m.start(), m.end(), ctx.today().plusDays(days), Hit.Kind.DAY));
    }
    for (Matcher m : Pat.matches(PART, folded)) {
      String[] v = W.value("partofday", m.group("w")).split(" ");
      LocalDateTime from = ctx.today().plusDays(v.length > 2 ? Integer.parseInt(v[2]) : 0).atTime(Integer.parseInt(v[0]), 0);
      // a part of the day that names its day: a clock time joins it (الليلة الساعة 10 is 22:00)
      out.add(new Hit(m.start(), m.end(), from, from.plusHours(Integer.parseInt(v[1])), Grain.HOUR, Hit.Kind.PART));
    }
    for (Matcher m : Pat.matches(DAYPART, folded)) {
      String[] v = W.value("daypart", m.group("w")).split(" ");
      LocalDateTime from = ctx.today().atTime(Integer.parseInt(v[0]), 0);
      out.add(new Hit(m.start(), m.end(), from, from.plusHours(Integer.parseInt(v[1])), Grain.HOUR, Hit.Kind.PARTWORD));
    }
    for (Matcher m : Pat.matches(CYCLE, folded)) {
      cycle(m, ref).ifPresent(out::add);
    }
    for (Matcher m : Pat.matches(OFFSET, folded)) {
      offset(m, ref, out);
    }
    for (Matcher m : Pat.matches(SEVERAL, folded)) {
      several(m, ref, out);
    }
    for (Matcher m : Pat.matches(LAST_N, folded)) {
      Grain g = unitOf(m.group("u") != null ? m.group("u") : m.group("du"));
      wholeUnits(m, ref, g, m.group("du") != null ? 2 : Pat.number(m.group("n")), -1, out);
    }
  }

  /**
   * Whether اليوم is "the day" of a name rather than today: an adjective with the article follows
   * it ({@code اليوم الوطني}, {@code اليوم العالمي للمرأة}, {@code اليوم الأول}) that is not a
   * weekday ({@code اليوم الثلاثاء}) or الموافق.
   */
  private static boolean namedDay(String folded, Matcher m) {
    if (!m.group("w").equals(TODAY)) {
      return false;
    }
    Matcher next = NEXT_DEFINITE_WORD.matcher(folded).region(m.end(), folded.length());
    if (!next.lookingAt()) {
      return false;
    }
    String word = next.group("word");
    return W.value("weekday", word) == null && !word.equals(CORRESPONDING) && !NOT_ADJECTIVES.contains(word);
  }

  /** Words that begin as the article does but are not adjectives: إلى and إلا (folded), relatives. */
  private static final java.util.Set<String> NOT_ADJECTIVES = java.util.Set.of("\u0627\u0644\u0649", "\u0627\u0644\u064A",
      "\u0627\u0644\u0627", "\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A", "\u0627\u0644\u0630\u064A\u0646",
      "\u0627\u0644\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u062A\u064A\u0646", "\u0627\u0644\u0644\u0627\u062A\u064A",
      "\u0627\u0644\u0644\u0648\u0627\u062A\u064A", "\u0627\u0644\u0627\u0646");

  private static final String TODAY = FoldedText.fold("\u0627\u0644\u064A\u0648\u0645"); // اليوم
  private static final String CORRESPONDING = FoldedText.fold("\u0627\u0644\u0645\u0648\u0627\u0641\u0642"); // الموافق
  private static final Pattern NEXT_DEFINITE_WORD = Pattern.compile("[ \\t]+(?<word>\u0627\u0644\\p{L}+)");

  private static java.util.Optional<Hit> cycle(Matcher m, LocalDateTime ref) {
    String c = m.group("c1") != null ? m.group("c1") : m.group("c2");
    Grain g = m.group("c3") != null ? Grain.valueOf(W.value("thiscycle", m.group("c3"))) : Grain.valueOf(W.value("cycle", c));
    String rel = W.value("rel", m.group("rel"));
    int n = rel == null ? 0 : Integer.parseInt(rel);
    if (m.group("twice") != null) { // العام قبل الماضي, الأسبوع بعد المقبل: one more step the same way
      int step = W.value("ago", m.group("twice")) != null ? -1 : 1;
      if (n != step) {
        return java.util.Optional.empty();
      }
      n += step;
    }
    LocalDateTime from = g.plus(g.truncate(ref), n);
    return java.util.Optional.of(new Hit(m.start(), m.end(), from, g.plus(from, 1), g, Hit.Kind.OTHER));
  }

  /**
   * A count back or ahead from the reference. Months and years name their unit as a reader takes
   * them (TimeML's convention: {@code قبل تسعة أشهر} is that month, {@code بعد 15 عاما} that
   * year); a count of days or weeks lands on a day ({@code منذ 3 أيام}, {@code بعد أسبوعين}), a
   * rough count of weeks on its week ({@code منذ نحو الأسبوع}); hours and smaller keep their own
   * grain.
   */
  private static void offset(Matcher m, LocalDateTime ref, List<Hit> out) {
    Grain unit = unit(m);
    boolean rough = m.group("ap") != null || m.group("ap2") != null;
    int n = m.group("n") != null ? Pat.number(m.group("n")) : m.group("du") != null ? 2 : 1;
    if (unit == null || n < 0 || n > 10_000 || (m.group("dn") != null && m.group("ap") == null)
        || (m.group("dir") == null && m.group("fromnow") == null)) {
      return; // قبل الأسبوع alone is not a count, nor 3 ساعات without قبل، بعد or من الآن
    }
    if (m.group("dir") != null && m.group("fromnow") != null && W.value("ago", m.group("dir")) != null) {
      return; // قبل 3 ساعات من الآن is a bound
    }
    // fractions are valued in minutes of an hour, as the clock reads them (ربع 15): a share of 60
    double amount = m.group("fr") != null ? Integer.parseInt(W.value("fraction", m.group("fr"))) / 60.0
        : n + (m.group("fr2") != null ? Integer.parseInt(W.value("fraction", m.group("fr2"))) / 60.0 : 0.0);
    int dir = W.value("ago", m.group("dir")) != null ? -1 : 1;
    LocalDateTime t = shifted(ref, unit, dir * amount);
    Grain grain;
    if (unit.compareTo(Grain.MONTH) >= 0 || (unit == Grain.WEEK && rough)) {
      grain = amount == Math.rint(amount) ? unit : Grain.MONTH; // سنة ونصف: a month
    } else if (unit.compareTo(Grain.DAY) >= 0) {
      grain = Grain.DAY;
    } else {
      grain = unit == Grain.HOUR ? Grain.MINUTE : unit; // بعد ساعتين: the minute two hours on, as Duckling
    }
    out.add(Hit.point(m.start(), m.end(), t, grain, grain == Grain.DAY ? Hit.Kind.DAY : Hit.Kind.OTHER));
  }

  /** The reference moved by {@code amount} units; a fraction of a month or year in whole months. */
  private static LocalDateTime shifted(LocalDateTime ref, Grain unit, double amount) {
    if (amount == Math.rint(amount)) {
      return unit.plus(ref, (long) amount);
    }
    return switch (unit) {
      case SECOND, MINUTE, HOUR, DAY, WEEK -> ref.plusSeconds(Math.round(amount * seconds(unit)));
      case YEAR -> ref.plusMonths(Math.round(amount * 12));
      default -> ref.plusMonths(Math.round(amount));
    };
  }

  private static long seconds(Grain unit) {
    return switch (unit) {
      case SECOND -> 1;
      case MINUTE -> 60;
      case HOUR -> 3_600;
      case DAY -> 86_400;
      default -> 604_800;
    };
  }

  private static @Nullable Grain unit(Matcher m) {
    for (String g : new String[] {"pu", "du", "su", "dn", "fu"}) {
      String word = m.group(g);
      if (word != null) {
        return unitOf(word);
      }
    }
    return null;
  }

  /** The grain a unit word names in any of its forms (ساعة، ساعتين، ساعات، الساعات، الأسبوع…), or null. */
  private static @Nullable Grain unitOf(String word) {
    for (String category : UNIT_FORMS) {
      String v = W.value(category, word);
      if (v != null) {
        return Grain.valueOf(v);
      }
    }
    return null;
  }

  private static final String[] UNIT_FORMS = {"unit", "defunit", "plural", "dual", "defplural", "defdual"};

  /** الأسابيع الثلاثة المقبلة: the next three whole weeks; الماضية: the three before this one. */
  private static void several(Matcher m, LocalDateTime ref, List<Hit> out) {
    String u = m.group("u1") != null ? m.group("u1") : m.group("u2") != null ? m.group("u2") : m.group("u3");
    int n = m.group("u3") != null ? 2 : Pat.number(m.group("n1") != null ? m.group("n1") : m.group("n2"));
    int rel = Integer.parseInt(m.group("rel") != null ? W.value("rel", m.group("rel")) : W.value("lastrel", m.group("lrel")));
    wholeUnits(m, ref, unitOf(u), n, rel, out);
  }

  /** The {@code n} whole units after the reference's one ({@code rel} 1) or before it (-1). */
  private static void wholeUnits(Matcher m, LocalDateTime ref, @Nullable Grain g, int n, int rel, List<Hit> out) {
    if (g == null || n <= 0 || n > 10_000 || rel == 0) {
      return;
    }
    LocalDateTime base = g.truncate(ref);
    LocalDateTime from = rel > 0 ? g.plus(base, 1) : g.plus(base, -n);
    out.add(new Hit(m.start(), m.end(), from, g.plus(from, n), g, Hit.Kind.OTHER));
  }
}
