package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.marsad.model.Precision;
import org.marsad.model.Published;
import org.marsad.model.Span;

/**
 * Finds temporal expressions in Arabic text and resolves them against a reference time, typically
 * the article's publication date, never the clock: explicit Gregorian and Hijri dates, yearless
 * dates, weekdays, اليوم/أمس/غدا, relative weeks, months and years, counts ({@code منذ 3 أيام}),
 * clock times, days and weeks placed in a month, day ranges, years, decades, centuries and feasts.
 *
 * <p>Expressions are in text order and never overlap (the longest wins); a weekday before a date and
 * a time after a day join it, and two days joined by {@code إلى} make a range. Instances are
 * immutable and thread-safe, and {@link #tag} never throws on any text.
 */
public final class TemporalTagger {
  private static final Comparator<Hit> LONGEST_FIRST =
      Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start);
  private static final Pattern TIME_JOINT = Pat.compile("[ \\t]*[,\u060C\\-]?[ \\t]*(?:{at}[ \\t]+)?");
  private static final Pattern DAY_JOINT = Pat.compile("[ \\t]*[,\u060C]?[ \\t]*(?:(?:{of}|{joint})[ \\t]+)?");
  private static final Pattern RANGE_JOINT = Pat.compile("[ \\t]*(?:{to}|[-\u2013])[ \\t]*");
  private static final Pattern FROM_BEFORE = Pat.compile("{B}{from}[ \\t]+$");

  private final Lean lean;

  /** A tagger for news: undirected expressions point to the past. */
  public TemporalTagger() {
    this(Lean.PAST);
  }

  public TemporalTagger(Lean lean) {
    this.lean = Objects.requireNonNull(lean, "lean");
  }

  /** The expressions in {@code text}, resolved against the publication date. */
  public List<TemporalExpression> tag(String text, Published reference) {
    return tag(text, reference.local());
  }

  /** The expressions in {@code text}, resolved against {@code reference}; empty on any failure. */
  public List<TemporalExpression> tag(String text, LocalDateTime reference) {
    try {
      FoldedText folded = FoldedText.of(text);
      String f = folded.folded();
      Ctx ctx = new Ctx(reference, lean);
      List<Hit> hits = new ArrayList<>();
      for (int[] w : Windows.of(f)) {
        for (Hit h : collect(f.substring(w[0], w[1]), ctx)) {
          hits.add(h.span(h.start() + w[0], h.end() + w[0]));
        }
      }
      hits.addAll(joined(f, hits));
      return resolve(hits).stream().map(h -> expression(folded, h)).toList();
    } catch (RuntimeException e) {
      return List.of(); // a rule bug must not stop an ingest; the tests hunt for these
    }
  }

  private static List<Hit> collect(String f, Ctx ctx) {
    List<Hit> hits = new ArrayList<>();
    explicit(f, ctx, hits);
    RelativeRules.collect(f, ctx, hits);
    WeekdayRules.collect(f, ctx, hits);
    ClockRules.collect(f, ctx, hits);
    MonthRules.collect(f, ctx, hits);
    CalendarRules.collect(f, ctx, hits);
    return hits;
  }

  /** Dates the parser finds; a day-month without a year is moved to the lean's side of the reference. */
  private static void explicit(String f, Ctx ctx, List<Hit> out) {
    List<Candidate> withYear = new ArrayList<>();
    NumericDateMatcher.collect(f, DateOrder.DAY_FIRST, withYear);
    NamedDateMatcher.collect(f, null, withYear);
    List<Candidate> hijri = new ArrayList<>();
    HijriDateMatcher.collect(f, hijri);
    Set<Integer> starts = new HashSet<>();
    withYear.forEach(c -> starts.add(c.start()));
    for (Candidate c : HijriDateMatcher.merge(f, hijri, withYear)) {
      out.add(hit(c, c.local()));
    }
    List<Candidate> all = new ArrayList<>();
    NamedDateMatcher.collect(f, ctx.today(), all);
    for (Candidate c : all) {
      if (!starts.contains(c.start())) {
        LocalDate d = c.local().toLocalDate();
        ctx.yearly(y -> Candidate.date(y, d.getMonthValue(), d.getDayOfMonth()))
            .ifPresent(nd -> out.add(hit(c, nd.atTime(c.local().toLocalTime()))));
      }
    }
  }

  private static Hit hit(Candidate c, LocalDateTime t) {
    Grain g = switch (c.precision()) {
      case YEAR -> Grain.YEAR;
      case MONTH -> Grain.MONTH;
      case DAY -> Grain.DAY;
      case HOUR -> Grain.HOUR;
      case MINUTE -> Grain.MINUTE;
      default -> Grain.SECOND;
    };
    return Hit.point(c.start(), c.end(), t, g, c.precision() == Precision.DAY ? Hit.Kind.DATE : Hit.Kind.OTHER);
  }

  /** Weekday + date, date + time, and day-to-day ranges, from hits that touch. */
  private static List<Hit> joined(String f, List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::start));
    List<Hit> out = new ArrayList<>();
    for (Hit a : sorted) {
      for (Hit b : sorted) {
        if (b.start() < a.end() || b.start() - a.end() > 24) {
          continue;
        }
        boolean dayA = a.grain() == Grain.DAY && a.kind() != Hit.Kind.OTHER && a.kind() != Hit.Kind.TIME;
        if (a.kind() == Hit.Kind.WEEKDAY && b.kind() == Hit.Kind.DATE && between(f, a, b, DAY_JOINT)) {
          out.add(b.span(a.start(), b.end()));
        } else if (dayA && b.kind() == Hit.Kind.TIME && between(f, a, b, TIME_JOINT)) {
          LocalDateTime t = a.from().toLocalDate().atTime(b.from().toLocalTime());
          out.add(new Hit(a.start(), b.end(), t, b.grain().plus(t, 1), b.grain(), Hit.Kind.OTHER));
        } else if (a.kind() == Hit.Kind.DATE && b.kind() == Hit.Kind.DATE && b.grain() == Grain.DAY && dayA
            && b.from().isAfter(a.from()) && between(f, a, b, RANGE_JOINT)) {
          out.add(new Hit(fromBefore(f, a.start()), b.end(), a.from(), b.to(), Grain.DAY, Hit.Kind.OTHER));
        }
      }
    }
    return out;
  }

  /** A range's start with the من ("from") before it, when there is one. */
  private static int fromBefore(String f, int start) {
    java.util.regex.Matcher m = FROM_BEFORE.matcher(f).region(Math.max(0, start - 8), start);
    m.useTransparentBounds(true);
    return m.find() ? m.start() : start;
  }

  private static boolean between(String f, Hit a, Hit b, Pattern joint) {
    return joint.matcher(f).region(a.end(), b.start()).matches();
  }

  private static List<Hit> resolve(List<Hit> hits) {
    hits.sort(LONGEST_FIRST);
    NavigableMap<Integer, Hit> kept = new TreeMap<>();
    for (Hit h : hits) {
      Map.Entry<Integer, Hit> before = kept.floorEntry(h.start());
      Map.Entry<Integer, Hit> after = kept.ceilingEntry(h.start());
      boolean free = h.length() > 0 && (before == null || !before.getValue().overlaps(h))
          && (after == null || !after.getValue().overlaps(h));
      if (free) {
        kept.put(h.start(), h);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private static TemporalExpression expression(FoldedText folded, Hit h) {
    Span span = new Span(folded.originalStart(h.start()), folded.originalEnd(h.end()));
    return new TemporalExpression(span.of(folded.original()), span, h.from(), h.to(), h.grain());
  }
}
