package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;
import org.marsad.model.Span;

/**
 * Finds the Gregorian dates in Arabic (or English) news text.
 *
 * <p>Matched, anywhere in a longer text:
 *
 * <ul>
 *   <li>ISO dates and timestamps: {@code 2024-01-30}, {@code 2024/01/30},
 *       {@code 2024-01-30T10:15:00+03:00}, {@code 2022-06-05 00:00:00};
 *   <li>numeric day/month/year with {@code /}, {@code -} or {@code .}: month first when the second
 *       field is over 12 ({@code 2/21/2018}), otherwise in {@link DateOrder} order; a two-digit
 *       year only with a time;
 *   <li>a day, a month name and a year: {@code 20 تشرين الثاني 2024}, {@code 30th, January 2024},
 *       {@code January 30, 2024}, {@code السابع من أيار 2025}, with the Levantine, Egyptian/Gulf,
 *       Algerian/Tunisian, Moroccan and English month names, their hamza/ta marbuta/alef maksura
 *       and diacritic variants, and dual forms ({@code تشرين الأول/أكتوبر}, both halves must agree);
 *   <li>a month name and a four-digit year alone: {@code يناير 2024}, MONTH precision.
 * </ul>
 *
 * <p>Arabic-Indic and Eastern Arabic-Indic digits count as digits. A weekday right before a
 * day-level date ({@code الأربعاء}, {@code الأحد الموافق}) is included in the span but not checked
 * against the date. A time after it ({@code - 10:31}, {@code الساعة 06:53 صباحاً},
 * {@code 10:31:05 PM}, {@code 10 صباحا}) gives HOUR, MINUTE or SECOND precision; a zone
 * ({@code GMT}, {@code +03:00}, {@code EEST}, {@code بتوقيت مكة}, {@code (ت.غ)}) gives the offset.
 *
 * <p>Hijri dates ({@code 14-09-1432 هـ}, {@code 1 رمضان 1445 هـ}) are converted with the Umm al-Qura
 * calendar; a Hijri date next to the Gregorian date of the same day ({@code … هـ الموافق 10 مارس
 * 2024}) gives one mention spanning both, valued by the Gregorian half.
 *
 * <p>Not matched: day and month without a year, unless a reference date is passed;
 * impossible dates (31/02); years outside 1900..2100; numbers glued to other numbers (phone
 * numbers, scores, versions).
 *
 * <p>Spans are UTF-16 offsets into the text as passed, never into a normalized form; mentions are in
 * text order and never overlap (the longest wins). Instances are immutable and thread-safe; all
 * patterns are compiled once into static finals, and every repetition is possessive or bounded so
 * that hostile input is scanned in linear time.
 */
public final class ArabicDateParser {
  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start);

  private final DateOrder defaultOrder;

  /** A parser reading ambiguous numeric dates day first, as the Arab world writes them. */
  public ArabicDateParser() {
    this(DateOrder.DAY_FIRST);
  }

  /** A parser reading ambiguous numeric dates ({@code 05/06/2024}) in {@code defaultOrder}. */
  public ArabicDateParser(DateOrder defaultOrder) {
    this.defaultOrder = Objects.requireNonNull(defaultOrder, "defaultOrder");
  }

  /** Every date in {@code text}, in order of appearance, non-overlapping. */
  public List<DateMention> findAll(String text) {
    return findAll(text, defaultOrder);
  }

  /** Every date in {@code text}, reading ambiguous numeric dates in {@code hint} order. */
  public List<DateMention> findAll(String text, DateOrder hint) {
    return find(text, hint, null);
  }

  /**
   * Every date in {@code text}, and also day-month mentions without a year ({@code 24 نوفمبر},
   * {@code السابع من تشرين الأول/أكتوبر}), dated in the year that puts them nearest
   * {@code reference}, typically the article's publication date. Their precision says DAY (or the
   * time's), though the year was inferred.
   */
  public List<DateMention> findAll(String text, DateOrder hint, LocalDate reference) {
    return find(text, hint, Objects.requireNonNull(reference, "reference"));
  }

  private List<DateMention> find(String text, DateOrder hint, @Nullable LocalDate reference) {
    Objects.requireNonNull(hint, "hint");
    FoldedText folded = FoldedText.of(text);
    if (reference == null && !hasDigit(folded.folded())) {
      return List.of(); // every form has a year then; most lines of an article have no digit at all
    }
    List<Candidate> gregorian = new ArrayList<>();
    NumericDateMatcher.collect(folded.folded(), hint, gregorian);
    NamedDateMatcher.collect(folded.folded(), reference, gregorian);
    List<Candidate> hijri = new ArrayList<>();
    HijriDateMatcher.collect(folded.folded(), hijri);
    List<Candidate> candidates = HijriDateMatcher.merge(folded.folded(), hijri, gregorian);
    return resolve(candidates).stream().map(c -> mention(folded, c)).toList();
  }

  /** The first date in {@code text}, if any. */
  public Optional<Published> parse(String text) {
    return parse(text, defaultOrder);
  }

  /** The first date in {@code text}, reading ambiguous numeric dates in {@code hint} order. */
  public Optional<Published> parse(String text, DateOrder hint) {
    return findAll(text, hint).stream().findFirst().map(DateMention::published);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the longest of overlapping candidates (a full date over the month-year inside it). Kept
   * spans are disjoint, so a new one overlaps a kept one only if it overlaps its neighbour by start.
   */
  private static List<Candidate> resolve(List<Candidate> candidates) {
    candidates.sort(LONGEST_FIRST);
    NavigableMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : candidates) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.start());
      boolean free = (before == null || !before.getValue().overlaps(c))
          && (after == null || !after.getValue().overlaps(c));
      if (free) {
        kept.put(c.start(), c);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private static DateMention mention(FoldedText folded, Candidate c) {
    Span span = new Span(folded.originalStart(c.start()), folded.originalEnd(c.end()));
    String original = span.of(folded.original());
    return new DateMention(new Published(c.local(), c.offset(), original, c.precision()), span);
  }
}
