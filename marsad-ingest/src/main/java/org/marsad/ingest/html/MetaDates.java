package org.marsad.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Reads the date values of markup: ISO 8601 in the shapes sites print it (offset with or without
 * a colon, {@code Z}, fractions, a space for the T, no time), epoch numbers and RFC 1123, then the
 * Arabic date parser for what a person typed ("الجمعة 8 فيفري 2019"). A time of exactly midnight
 * is read as a bare day: content systems store a day-only date that way. Thread-safe.
 */
final class MetaDates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private final ArabicDateParser arabic;

  MetaDates(ArabicDateParser arabic) {
    this.arabic = arabic;
  }

  @Nullable Published parse(@Nullable String value) {
    if (value == null || value.isBlank() || value.length() > 200) {
      return null;
    }
    String t = value.strip();
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return iso(m, t);
    }
    if (EPOCH.matcher(t).matches()) {
      return epoch(Long.parseLong(t), t);
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
      return new Published(odt.toLocalDateTime(), odt.getOffset(), t, Precision.SECOND);
    } catch (DateTimeException e) {
      // not RFC 1123: a person's date, for the Arabic parser
    }
    return arabic.parse(t).map(p -> new Published(p.local(), p.offset(), t, p.precision())).orElse(null);
  }

  private static @Nullable Published iso(Matcher m, String text) {
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (day.getYear() < 1900 || day.getYear() > 2100) {
        return null;
      }
      ZoneOffset offset = offset(m.group(7));
      if (m.group(4) == null) {
        return new Published(day.atStartOfDay(), offset, text, Precision.DAY);
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local = day.atTime(hour, minute, second);
      if (hour == 0 && minute == 0 && second == 0) {
        return new Published(local, offset, text, Precision.DAY);
      }
      return new Published(local, offset, text, m.group(6) == null ? Precision.MINUTE : Precision.SECOND);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable ZoneOffset offset(@Nullable String zone) {
    if (zone == null) {
      return null;
    }
    if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String z = zone.length() == 5 && zone.indexOf(':') < 0 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    return ZoneOffset.of(z);
  }

  private static @Nullable Published epoch(long n, String text) {
    try {
      Instant instant = n >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return new Published(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), ZoneOffset.UTC, text, Precision.SECOND);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A capture time as a publication date, at the precision its clock reading has. */
  static Published fromCapture(Instant captured) {
    LocalDateTime local = LocalDateTime.ofInstant(captured, ZoneOffset.UTC);
    Precision precision = local.getNano() != 0 || local.getSecond() != 0 ? Precision.SECOND
        : local.getMinute() != 0 ? Precision.MINUTE
        : local.getHour() != 0 ? Precision.HOUR : Precision.DAY;
    return new Published(local, ZoneOffset.UTC, captured.toString(), precision);
  }
}
