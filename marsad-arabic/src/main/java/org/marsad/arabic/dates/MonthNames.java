package org.marsad.arabic.dates;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month names of every Arabic naming system plus English, and the weekday names that may precede a
 * date, from {@code months.tsv} and {@code weekdays.tsv}. A month expression may be a dual form,
 * {@code تشرين الأول/أكتوبر} or {@code تشرين الأول (أكتوبر)}: one month, both halves must agree.
 */
final class MonthNames {
  private static final NameTable MONTHS = NameTable.load("months.tsv");
  private static final NameTable WEEKDAYS = NameTable.load("weekdays.tsv");
  private static final NameTable ORDINALS = NameTable.load("ordinals.tsv");
  private static final String SP = TimeSuffix.SP;

  /**
   * One month name, whole word, with an optional abbreviation dot after a Latin name ({@code Jan.});
   * a dot after an Arabic name ends the sentence and stays out of the span.
   */
  private static final String NAME = MONTHS.alternation() + "(?![\\p{L}\\p{N}])(?:(?<=\\p{IsLatin})\\.)?+";

  /** One month or a dual form; the caller names the group {@code mon}. */
  static final String MONTH = NAME
      + "(?:" + SP + "*+(?:[/\\-\u2013]" + SP + "*+" + NAME
      + "|\\(" + SP + "*+" + NAME + SP + "*+\\)))?+";

  /** An ordinal day word, {@code السابع} or {@code الحادي والعشرين}, whole words. */
  static final String DAY_WORD = "(?<![\\p{L}\\p{N}])" + ORDINALS.alternation() + "(?![\\p{L}\\p{N}])";

  /** {@link #DAY_WORD} for a {@link Pat} template, which would read the braces of a Unicode class as a slot. */
  static final String DAY_WORD_SLOT = DAY_WORD.replace("\\p{L}", "\\pL").replace("\\p{N}", "\\pN");

  /**
   * A weekday and {@code الموافق} ("corresponding to") ending right before a date. Matched backwards
   * from a found date rather than as a leading optional group, which would cost a failed weekday
   * alternation at every position of every text.
   */
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])" + WEEKDAYS.alternation() + "(?![\\p{L}\\p{N}])\\.?+" + SP + "*+[,\u060C]?+"
          + SP + "*+(?:\u0627\u0644\u0645\u0648\u0627\u0641\u0642" + SP + "++)?+$",
      Pattern.CASE_INSENSITIVE);
  /** Longer than any weekday with its separators. */
  private static final int WEEKDAY_REACH = 32;

  private static final Pattern ONE_NAME = Pattern.compile(MONTHS.alternation(), Pattern.CASE_INSENSITIVE);

  private MonthNames() {}

  /** Where a date starting at {@code start} starts once a weekday right before it is included. */
  static int withWeekday(String folded, int start) {
    Matcher m = WEEKDAY_BEFORE.matcher(folded).region(Math.max(0, start - WEEKDAY_REACH), start);
    m.useTransparentBounds(true); // the weekday's word boundary may lie before the region
    return m.find() ? m.start() : start;
  }

  /** The day an ordinal day word matched by {@link #DAY_WORD} stands for. */
  static int dayOfWord(String word) {
    return Integer.parseInt(ORDINALS.get(word).get(0));
  }

  /** The month of a matched month expression, or empty when the halves of a dual form disagree. */
  static OptionalInt month(String expression) {
    Matcher m = ONE_NAME.matcher(expression);
    int month = 0;
    while (m.find()) {
      List<String> cells = MONTHS.get(m.group());
      int found = Integer.parseInt(cells.get(0));
      if (month != 0 && found != month) {
        return OptionalInt.empty();
      }
      month = found;
    }
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }
}
