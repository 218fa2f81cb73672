package org.marsad.ingest.feeds;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Reads the dates of feeds and sitemaps as printed, keeping the offset the source gave: W3C/ISO
 * 8601 ({@code <updated>}, {@code dc:date}, {@code <lastmod>}), RFC 822 with the zones feeds use
 * (numeric, {@code GMT}, US and Middle East abbreviations, Arabic-Indic digits), then anything the
 * Arabic date parser reads ({@code الأحد 24 نوفمبر 2024 - 10:31 بتوقيت مكة}). Rome's own parse
 * loses the printed offset and the text, so it is only the last resort. Thread-safe.
 */
final class FeedDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
  private static final Pattern RFC822 = Pattern.compile(
      "(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
          + "(?:\\s+|\\s*,\\s*|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?\\s*(.*)");
  private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
      Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("CST", -6 * 60),
      Map.entry("CDT", -5 * 60), Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
      Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60), Map.entry("BST", 60),
      Map.entry("CET", 60), Map.entry("CEST", 2 * 60), Map.entry("EET", 2 * 60),
      Map.entry("EEST", 3 * 60), Map.entry("MSK", 3 * 60), Map.entry("KSA", 3 * 60),
      // In Arabic feeds AST is Arabia Standard Time (Riyadh, Baghdad), not Atlantic Standard Time.
      Map.entry("AST", 3 * 60), Map.entry("GST", 4 * 60), Map.entry("IRST", 3 * 60 + 30));
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private final ArabicDateParser arabic = new ArabicDateParser();

  /** The date {@code raw} gives, or null. */
  @Nullable Published parse(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 200) {
      return null;
    }
    String text = raw.strip();
    String t = asciiDigits(text);
    Published p = iso(t, text);
    if (p == null) {
      p = rfc822(t, text);
    }
    if (p == null) {
      Optional<Published> found = arabic.parse(text);
      p = found.map(f -> new Published(f.local(), f.offset(), text, f.precision())).orElse(null);
    }
    return p;
  }

  /** Rome's parse when nothing else could read the date: the instant, in UTC. */
  static Published fromInstant(Date date, @Nullable String raw) {
    LocalDateTime utc = LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    return new Published(utc, ZoneOffset.UTC, raw == null ? date.toInstant().toString() : raw.strip(), Precision.SECOND);
  }

  private static @Nullable Published iso(String t, String text) {
    Matcher m = ISO.matcher(t);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      Precision precision = m.group(2) == null ? Precision.YEAR : m.group(3) == null ? Precision.MONTH
          : m.group(4) == null ? Precision.DAY : m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      ZoneOffset offset = m.group(7) == null ? null : numericOffset(m.group(7));
      return new Published(LocalDateTime.of(year, month, day, hour, minute, second), offset, text, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private @Nullable Published rfc822(String t, String text) {
    Matcher m = RFC822.matcher(t);
    if (!m.matches()) {
      return null;
    }
    int month = month(m.group(2));
    if (month < 0) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(3));
      year = m.group(3).length() == 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local = LocalDateTime.of(year, month + 1, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
      Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      String zone = m.group(7).strip();
      ZoneOffset offset = zone.isEmpty() ? null : zone(zone);
      if (offset == null && !zone.isEmpty()) {
        // a zone in words (بتوقيت مكة): the Arabic parser knows those
        Optional<Published> arabicZone = arabic.parse(text).filter(Published::zoneGiven);
        offset = arabicZone.map(Published::offset).orElse(null);
      }
      return new Published(local, offset, text, precision);
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

  private static @Nullable ZoneOffset zone(String zone) {
    String z = zone.replaceAll("[()]", "").strip();
    int space = z.indexOf(' ');
    String first = (space < 0 ? z : z.substring(0, space)).toUpperCase(Locale.ROOT);
    Integer minutes = ZONES.get(first);
    if (minutes != null && (space < 0 || !Character.isDigit(z.charAt(z.length() - 1)))) {
      return ZoneOffset.ofTotalSeconds(minutes * 60);
    }
    Matcher m = NUMERIC_ZONE.matcher(z);
    if (m.lookingAt()) {
      return numericOffset(m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
    }
    return minutes == null ? null : ZoneOffset.ofTotalSeconds(minutes * 60);
  }

  /** {@code Z}, {@code +03}, {@code +0300}, {@code +03:00}, {@code -3}; null when out of range. */
  private static @Nullable ZoneOffset numericOffset(String z) {
    if (z.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = z.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
    int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
    if (hours > 18 || minutes > 59) {
      return null;
    }
    int total = (hours * 60 + minutes) * 60;
    return ZoneOffset.ofTotalSeconds(z.charAt(0) == '-' ? -total : total);
  }

  /** Arabic-Indic and Eastern Arabic-Indic digits as ASCII, so the machine forms match them. */
  private static String asciiDigits(String s) {
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
