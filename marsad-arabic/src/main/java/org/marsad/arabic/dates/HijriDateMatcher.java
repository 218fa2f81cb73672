package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hijri dates converted to Gregorian through {@link Hijri}: {@code 14-09-1432 هـ},
 * {@code 1445/9/1هـ}, {@code 1 رمضان 1445 هـ}, and the Hijri half of a mixed line
 * ({@code الأحد 1 رمضان 1445 هـ الموافق 10 مارس 2024}), which is merged with its Gregorian half.
 * A numeric date needs its {@code هـ}; a Hijri month name is context enough for a bare year.
 */
final class HijriDateMatcher {
  static final NameTable MONTHS = NameTable.load("hijri_months.tsv");
  private static final String SP = TimeSuffix.SP;
  /** هـ folds to ه (tatweel dropped); هجري، هجرية. */
  private static final String MARK = "(?:\u0647\u062C\u0631\u064A\u0647?|\u0647)(?!\\p{L})";
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\p{N}.:/\\-])(?<a>\\d{1,4})[-/.](?<b>\\d{1,2})[-/.](?<c>\\d{1,4})(?!\\d)" + SP + "*+" + MARK
          + TimeSuffix.REGEX, Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{N}.:/\\-])(?<d>[0-3]?\\d)(?!\\d)" + SP + "++(?:\u0645\u0646" + SP + "++)?+"
          + "(?<mon>" + MONTHS.alternation() + ")(?!\\p{L})" + SP + "*+[,\u060C]?+" + SP + "*+"
          + "(?<y>1[345]\\d\\d)(?!\\d)(?:" + SP + "*+" + MARK + ")?+" + TimeSuffix.REGEX,
      Pattern.CASE_INSENSITIVE);
  /** What may stand between the two halves of a mixed line: الموافق، الموافق لـ، a comma, a dash. */
  private static final Pattern JOINT = Pattern.compile(
      SP + "*+[,\u060C\\-(]?+" + SP + "*+(?:\u0627\u0644\u0645\u0648\u0627\u0641\u0642(?:" + SP + "++\u0644)?+"
          + SP + "*+)?+");

  private HijriDateMatcher() {}

  static void collect(String folded, List<Candidate> out) {
    Matcher m = NUMERIC.matcher(folded);
    while (m.find()) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      int c = Integer.parseInt(m.group("c"));
      Optional<LocalDate> date = m.group("a").length() == 4 ? Hijri.toGregorian(a, b, c) : Hijri.toGregorian(c, b, a);
      date.ifPresent(d -> out.add(Candidate.of(MonthNames.withWeekday(folded, m.start()), m.end(), d, TimeSuffix.read(m))));
    }
    Matcher n = NAMED.matcher(folded);
    while (n.find()) {
      int month = Integer.parseInt(MONTHS.get(n.group("mon")).get(0));
      Hijri.toGregorian(Integer.parseInt(n.group("y")), month, Integer.parseInt(n.group("d")))
          .ifPresent(d -> out.add(Candidate.of(MonthNames.withWeekday(folded, n.start()), n.end(), d, TimeSuffix.read(n))));
    }
  }

  /**
   * Hijri candidates next to a Gregorian one that names the same day (within the one day that
   * sighting and Umm al-Qura may differ) become one candidate holding the Gregorian value and both
   * spans; other Hijri candidates stand alone.
   */
  static List<Candidate> merge(String folded, List<Candidate> hijri, List<Candidate> gregorian) {
    List<Candidate> out = new ArrayList<>(gregorian);
    for (Candidate h : hijri) {
      Candidate partner = null;
      for (Candidate g : gregorian) {
        if (adjacent(folded, h, g) && agree(h, g)) {
          partner = g;
          break;
        }
      }
      if (partner == null) {
        out.add(h);
      } else {
        out.remove(partner);
        out.add(new Candidate(Math.min(h.start(), partner.start()), Math.max(h.end(), partner.end()),
            partner.local(), partner.offset(), partner.precision()));
      }
    }
    return out;
  }

  private static boolean adjacent(String folded, Candidate x, Candidate y) {
    Candidate first = x.start() <= y.start() ? x : y;
    Candidate second = first == x ? y : x;
    if (first.end() > second.start()) {
      return false;
    }
    return JOINT.matcher(folded).region(first.end(), second.start()).matches();
  }

  private static boolean agree(Candidate h, Candidate g) {
    return Math.abs(ChronoUnit.DAYS.between(h.local().toLocalDate(), g.local().toLocalDate())) <= 1;
  }
}
