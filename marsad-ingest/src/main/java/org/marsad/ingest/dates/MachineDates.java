package org.marsad.ingest.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Reads the dates machines write, at the precision they give: ISO 8601 as sites print it (year
 * alone, year and month, a day, a space for the T, fractions, an offset with or without a colon,
 * {@code Z}, {@code UTC}), RFC 822/1123 with the zones feeds use ({@link RfcZones}), and epoch
 * seconds or milliseconds. Arabic-Indic digits count as digits. Stateless and thread-safe.
 *
 * <p>What the three copies this replaces (feeds, HTML meta, JSON records) disagreed on, and the
 * rule here: a value without a time is {@link Precision#DAY} (or {@code MONTH}, {@code YEAR}), never
 * a midnight time; a written time is kept at its precision even when it is 00:00:00 (whether a CMS
 * midnight means "a day" is the caller's policy; the HTML reader applies it to meta tags); a time
 * without a zone keeps a null offset, never {@code Z}; fractions of a second are dropped, as {@link
 * Published} keeps nothing below its precision. Years outside 1900..2100 are refused: machine
 * values there are placeholders ({@code 0001-01-01T00:00:00Z}), not news dates.
 */
public final class MachineDates {
  /** Longer values are not machine dates, and a hostile one should cost nothing. */
  public static final int MAX_LENGTH = 200;
  /** Below this an epoch number is seconds (until the year 5138), from it milliseconds. */
  static final long MILLIS_THRESHOLD = 100_000_000_000L;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final Pattern RFC822 = Pattern.compile(
      "(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
          + "(?:\\s+|\\s*,\\s*|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?\\s*(.*)");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private MachineDates() {}

  /**
   * The date {@code text} gives in a machine form, or empty. {@code text} is kept as the
   * published text as given; surrounding white space does not stop a match.
   */
  public static Optional<Published> parse(@Nullable String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String t = asciiDigits(text.strip());
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return Optional.ofNullable(iso(iso, text));
    }
    if (EPOCH.matcher(t).matches()) {
      return epoch(Long.parseLong(t), text);
    }
    Matcher rfc = RFC822.matcher(t);
    return rfc.matches() ? Optional.ofNullable(rfc822(rfc, text)) : Optional.empty();
  }

  /** An epoch number, in seconds below 10<sup>11</sup> and milliseconds from it; its offset is UTC. */
  public static Optional<Published> epoch(long number, String text) {
    try {
      Instant instant = Math.abs(number) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
      return Optional.of(ofInstant(instant, text));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** An instant (which names its zone: UTC) as a date to the second, fractions dropped. */
  public static Published ofInstant(Instant instant, String text) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    return new Published(utc, ZoneOffset.UTC, text, Precision.SECOND);
  }

  private static @Nullable Published iso(Matcher m, String text) {
    try {
      int year = Integer.parseInt(m.group(1));
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      Precision precision = m.group(2) == null ? Precision.YEAR : m.group(3) == null ? Precision.MONTH
          : m.group(4) == null ? Precision.DAY : m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      ZoneOffset offset = m.group(7) == null ? null : RfcZones.numeric(m.group(7));
      if (m.group(7) != null && offset == null) {
        return null;
      }
      return new Published(LocalDateTime.of(year, month, day, hour, minute, second), offset, text, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** RFC 822 and kin; a zone in words it does not know leaves the offset null (the text keeps it). */
  private static @Nullable Published rfc822(Matcher m, String text) {
    int month = month(m.group(2));
    if (month < 0) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(3));
      year = m.group(3).length() == 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local = LocalDateTime.of(year, month + 1, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
      Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      String zone = m.group(7).strip();
      return new Published(local, zone.isEmpty() ? null : RfcZones.of(zone), text, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Arabic-Indic and Eastern Arabic-Indic digits as ASCII, so the machine forms match them. */
  static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : -1;
      if (d >= 0) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) ('0' + d));
      }
    }
    return b == null ? s : b.toString();
  }
}
