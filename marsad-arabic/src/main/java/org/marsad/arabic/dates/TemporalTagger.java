package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Precision;
import org.marsad.model.Published;
import org.marsad.model.Span;

/**
 * Finds temporal expressions in Arabic text and resolves them against a reference time, typically
 * the article's publication date, never the clock: explicit Gregorian and Hijri dates, yearless
 * dates, weekdays, اليوم/أمس/غدا, relative weeks, months and years, counts ({@code منذ 3 أيام}),
 * spans from the reference ({@code خلال أسبوعين}), clock times (to the second, in a named zone),
 * ranges of hours, days placed in a month, the early, middle or late part of a month, year or week,
 * day ranges, years, decades, centuries, Gregorian and Hijri holidays and Hijri months.
 *
 * <p>The reference is a wall time in a zone: a time named in another zone ({@code بتوقيت غرينتش})
 * is moved into it. Without a zone the reference is read as {@link #ARABIA} time.
 *
 * <p>The rules find small pieces (a day, a clock time, a part of a day, a range of hours) and
 * {@link #joined} composes the ones that touch: a weekday before a date, a clock time before or
 * after a day ({@code الساعة 9 مساء أمس}), a part of the day before a day ({@code صباح الخميس}),
 * a range of hours with a day on either side, and two points of one grain joined by {@code إلى} or
 * {@code بين … و} into an interval. Expressions are in text order and never overlap (the longest
 * wins). Instances are immutable and thread-safe, and {@link #tag} never throws on any text.
 */
public final class TemporalTagger {
  private static final Comparator<Hit> LONGEST_FIRST =
      Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start);
  private static final Pattern TIME_JOINT = Pat.compile("[ \\t]*[,\u060C\\-]?[ \\t]*(?:{at}[ \\t]+)?");
  private static final Pattern DAY_JOINT = Pat.compile("[ \\t]*[,\u060C]?[ \\t]*(?:(?:{of}|{joint})[ \\t]+)?");
  private static final Pattern RANGE_JOINT = Pat.compile("[ \\t]*(?:{to}|[-\u2013])[ \\t]*");
  private static final Pattern FROM_BEFORE = Pat.compile("{B}(?:{from}|{between})[ \\t]+$");
  private static final Pattern BETWEEN_BEFORE = Pat.compile("{B}{between}[ \\t]+$");
  private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern AND_JOINT = Pat.compile("[ \\t]*{and}[ \\t]*");
  /** Between a clock time or a part of a day and the day after it: {@code مساء يوم}, {@code من صباح}. */
  private static final Pattern DAY_AFTER =
      Pat.compile("[ \\t]*[,\u060C]?[ \\t]*(?:(?:{of}|{at})[ \\t]+)?(?:{dayword}[ \\t]+)?");
  /**
   * The zone of a reference whose zone is unknown: Arabia Standard Time (+03:00), the zone of the
   * Saudi and Gulf outlets most of the corpus comes from; a time named in another zone is moved to it.
   */
  public static final ZoneOffset ARABIA = ZoneOffset.ofHours(3);

  /** A direction after a yearless date ({@code 27 مايو الماضي}): the year is the one it points to. */
  private static final Pattern DIRECTION_AFTER = Pat.compile("[ \\t]+(?<rel>{rel}){E}");
  /** The weekday a yearless date may start with: {@code الخميس 23 يوليو}. */
  private static final Pattern LEADING_WEEKDAY = Pat.compile("(?:{dayword}{S})?(?<wd>{weekday}){E}");

  private final Lean lean;

  /** A tagger for news: undirected expressions point to the past. */
  public TemporalTagger() {
    this(Lean.PAST);
  }

  public TemporalTagger(Lean lean) {
    this.lean = Objects.requireNonNull(lean, "lean");
  }

  /** The expressions in {@code text}, resolved against the publication date, in its zone if it gave one. */
  public List<TemporalExpression> tag(String text, Published reference) {
    return tag(text, reference.local(), reference.offset() != null ? reference.offset() : ARABIA);
  }

  /** The expressions in {@code text}, resolved against {@code reference} read as {@link #ARABIA} time. */
  public List<TemporalExpression> tag(String text, LocalDateTime reference) {
    return tag(text, reference, ARABIA);
  }

  /**
   * The expressions in {@code text}, resolved against {@code reference}, a wall time in {@code zone}:
   * times named in another zone are moved to it. Empty on any failure.
   */
  public List<TemporalExpression> tag(String text, LocalDateTime reference, ZoneOffset zone) {
    try {
      return tagOrThrow(text, reference, zone);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(); // a rule bug must not stop an ingest; the tests call tagOrThrow to hunt for these
    }
  }

  /** {@link #tag}, letting a rule's exception through: for tests. */
  List<TemporalExpression> tagOrThrow(String text, LocalDateTime reference, ZoneOffset zone) {
    FoldedText folded = FoldedText.of(text);
    String f = folded.folded();
    Ctx ctx = new Ctx(reference, lean, zone);
    List<Hit> hits = new ArrayList<>();
    for (int[] w : Windows.of(f)) {
      for (Hit h : collect(f.substring(w[0], w[1]), ctx)) {
        hits.add(h.span(h.start() + w[0], h.end() + w[0]));
      }
    }
    hits.addAll(joined(f, hits));
    hits.addAll(joined(f, hits)); // a second round joins what the first made: الخميس + من 9 إلى 11 صباحا
    hits.removeIf(h -> h.kind() == Hit.Kind.PARTWORD); // a bare مساء is a greeting until a day follows it
    return SameYear.apply(f, resolve(hits)).stream().map(h -> expression(folded, h)).toList();
  }


  private static List<Hit> collect(String f, Ctx ctx) {
    List<Hit> hits = new ArrayList<>();
    explicit(f, ctx, hits);
    RelativeRules.collect(f, ctx, hits);
    DurationRules.collect(f, ctx, hits);
    PeriodPartRules.collect(f, ctx, hits);
    YearPartRules.collect(f, ctx, hits);
    TimeRangeRules.collect(f, ctx, hits);
    HolidayRules.collect(f, ctx, hits);
    SeasonRules.collect(f, ctx, hits);
    HijriMonthRules.collect(f, ctx, hits);
    WeekdayRules.collect(f, ctx, hits);
    ClockRules.collect(f, ctx, hits);
    MonthRules.collect(f, ctx, hits);
    CalendarRules.collect(f, ctx, hits);
    return hits;
  }

  /**
   * Dates the parser finds. A day-month without a year takes the year of its named weekday, else
   * of its direction; else the lean's side of the reference (FUTURE, as Duckling), or with the
   * PAST lean of news the coming one when it is weeks away at most ({@link Ctx#newsYearly}).
   */
  private static void explicit(String f, Ctx ctx, List<Hit> out) {
    List<Candidate> withYear = new ArrayList<>();
    NumericDateMatcher.collect(f, DateOrder.DAY_FIRST, withYear);
    List<Candidate> yearless = new ArrayList<>();
    NamedDateMatcher.collect(f, ctx.today(), withYear, yearless);
    List<Candidate> hijri = new ArrayList<>();
    HijriDateMatcher.collect(f, hijri);
    Set<Integer> starts = new HashSet<>();
    withYear.forEach(c -> starts.add(c.start()));
    for (Candidate c : HijriDateMatcher.merge(f, hijri, withYear)) {
      out.add(hit(c, c.local()));
    }
    for (Candidate c : yearless) {
      if (!starts.contains(c.start())) {
        LocalDate d = c.local().toLocalDate();
        Matcher rel = DIRECTION_AFTER.matcher(f).region(c.end(), f.length());
        boolean directed = rel.lookingAt();
        Ctx yearCtx = directed ? CalendarRules.directed(rel, ctx) : ctx;
        int end = directed ? rel.end() : c.end();
        Optional<LocalDate> named = directed ? Optional.empty() : onItsWeekday(f, c, d, ctx);
        named.or(() -> directed || ctx.lean() == Lean.FUTURE ? yearCtx.yearly(y -> Candidate.date(y, d.getMonthValue(), d.getDayOfMonth()))
            : ctx.newsYearly(y -> Candidate.date(y, d.getMonthValue(), d.getDayOfMonth())))
            .ifPresent(nd -> out.add(hit(c, nd.atTime(c.local().toLocalTime())).span(c.start(), end)));
      }
    }
  }

  /**
   * A yearless date that names its weekday ({@code الخميس 23 يوليو}) in the one year around the
   * reference's where the day falls on that weekday: the weekday says which year the writer
   * meant, whatever the lean. Empty when no weekday is named, or none or two of the years fit.
   */
  private static Optional<LocalDate> onItsWeekday(String f, Candidate c, LocalDate d, Ctx ctx) {
    Matcher wd = LEADING_WEEKDAY.matcher(f).region(c.start(), c.end());
    if (!wd.lookingAt()) {
      return Optional.empty();
    }
    int iso = Integer.parseInt(Words.TEMPORAL.value("weekday", wd.group("wd")));
    LocalDate found = null;
    for (int y = ctx.today().getYear() - 1; y <= ctx.today().getYear() + 1; y++) {
      Optional<LocalDate> date = Candidate.date(y, d.getMonthValue(), d.getDayOfMonth());
      if (date.isPresent() && date.get().getDayOfWeek().getValue() == iso) {
        if (found != null) {
          return Optional.empty();
        }
        found = date.get();
      }
    }
    return Optional.ofNullable(found);
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

  /** The compositions of hits that touch (see the class comment). */
  private static List<Hit> joined(String f, List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::start));
    List<Hit> out = new ArrayList<>();
    for (Hit a : sorted) {
      for (Hit b : sorted) {
        if (b.start() >= a.end() && b.start() - a.end() <= 24) {
          join(f, a, b, out);
        }
      }
    }
    return out;
  }

  private static void join(String f, Hit a, Hit b, List<Hit> out) {
    if (a.kind() == Hit.Kind.WEEKDAY && b.kind() == Hit.Kind.DATE && between(f, a, b, DAY_JOINT)) {
      out.add(b.span(a.start(), b.end()));
    } else if (a.carriesDay() && b.isTime() && between(f, a, b, TIME_JOINT)) {
      out.add(onDay(a.start(), b.end(), a, b));
    } else if (a.isTime() && b.carriesDay() && between(f, a, b, DAY_AFTER)) {
      out.add(onDay(a.start(), b.end(), b, a));
    } else if (a.carriesDay() && b.isTimes() && between(f, a, b, TIME_JOINT)) {
      out.add(onDay(a.start(), b.end(), a, b));
    } else if (a.isTimes() && b.carriesDay() && b.kind() != Hit.Kind.PART && between(f, a, b, DAY_AFTER)) {
      out.add(onDay(a.start(), b.end(), b, a));
    } else if (a.kind() == Hit.Kind.PARTWORD && b.carriesDay() && b.kind() != Hit.Kind.PART
        && between(f, a, b, DAY_JOINT)) {
      out.add(partOf(a.start(), b.end(), b, a));
    } else if (b.kind() == Hit.Kind.PARTWORD && a.carriesDay() && a.kind() != Hit.Kind.PART
        && between(f, a, b, TIME_JOINT)) {
      out.add(partOf(a.start(), b.end(), a, b)); // غدا مساء، الخميس صباحا
    } else if (sameUnit(a, b)) {
      range(f, a, b).ifPresent(out::add);
    }
  }

  /** The part of the day {@code part} ({@code مساء}) on the day of {@code day}. */
  private static Hit partOf(int start, int end, Hit day, Hit part) {
    LocalDateTime from = day.from().toLocalDate().atTime(part.from().toLocalTime());
    return new Hit(start, end, from, from.plus(java.time.Duration.between(part.from(), part.to())), Grain.HOUR,
        Hit.Kind.PART);
  }

  /** Clock time or range {@code time} put on the day of {@code day}, spanning {@code start..end}. */
  private static Hit onDay(int start, int end, Hit day, Hit time) {
    long days = Ctx.daysBetween(time.wall().toLocalDate(), day.from().toLocalDate());
    LocalDateTime from = time.from().plusDays(days);
    LocalDateTime to = time.to().plusDays(days);
    boolean undecided = time.kind() == Hit.Kind.TIME12 || time.kind() == Hit.Kind.TIMES12;
    if (undecided) {
      // the first such time of the day (الخميس الساعة 9 is 9:00), or in the afternoon or evening named
      // with the day (مساء الخميس الساعة 9 is 21:00)
      long half = time.wall().getHour() >= 12 ? -12 : 0;
      if (day.kind() == Hit.Kind.PART && day.from().getHour() >= 12) {
        half += 12;
      }
      from = from.plusHours(half);
      to = to.plusHours(half);
    }
    return new Hit(start, end, from, to, time.grain(), Hit.Kind.OTHER);
  }

  private static boolean sameUnit(Hit a, Hit b) {
    boolean days = a.carriesDay() && b.carriesDay() && a.kind() != Hit.Kind.PART && b.kind() != Hit.Kind.PART;
    boolean months = a.grain() == Grain.MONTH && b.grain() == Grain.MONTH && a.kind() == Hit.Kind.OTHER
        && b.kind() == Hit.Kind.OTHER && a.to().equals(Grain.MONTH.plus(a.from(), 1));
    return days || months;
  }

  /**
   * Two days (or months) joined by إلى, حتى or a dash, or by و after بين: from the first to the end of
   * the second. A weekday range wraps to the next week ({@code من الجمعة إلى الاثنين}); a month
   * without a year takes the year of the other end.
   */
  private static java.util.Optional<Hit> range(String f, Hit a, Hit b) {
    boolean joint = between(f, a, b, RANGE_JOINT) || (between(f, a, b, AND_JOINT) && before(f, a.start(), BETWEEN_BEFORE));
    if (!joint) {
      return java.util.Optional.empty();
    }
    LocalDateTime to = b.to();
    LocalDateTime from = a.from();
    if (a.grain() == Grain.MONTH && !YEAR_DIGITS.matcher(f.substring(a.start(), a.end())).find()) {
      from = from.withYear(b.from().getYear()); // من يناير إلى مارس 2014: January of 2014
      if (from.isAfter(b.from())) {
        from = from.minusYears(1);
      }
    } else if (!b.from().isAfter(from)) {
      if (a.kind() != Hit.Kind.WEEKDAY || b.kind() != Hit.Kind.WEEKDAY) {
        return java.util.Optional.empty();
      }
      to = to.plusWeeks(1);
    }
    if (!to.isAfter(from)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Hit.interval(fromBefore(f, a.start()), b.end(), from, to, a.grain()));
  }

  private static boolean before(String f, int start, Pattern p) {
    java.util.regex.Matcher m = p.matcher(f).region(Math.max(0, start - 8), start);
    m.useTransparentBounds(true);
    return m.find();
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
