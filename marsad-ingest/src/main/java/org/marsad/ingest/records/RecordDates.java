package org.marsad.ingest.records;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Reads a record's date value: exact machine forms first, because they are unambiguous and
 * cheap, then the Arabic date parser for what people typed. Thread-safe.
 */
final class RecordDates {
  private static final DateTimeFormatter SPACE_SECONDS = strict("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter SPACE_MINUTES = strict("uuuu-MM-dd HH:mm");
  private static final Pattern HAS_SECONDS = Pattern.compile("\\d:\\d\\d:\\d\\d");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  /** Below this an epoch number is seconds (until the year 5138), above it milliseconds. */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private final ArabicDateParser arabic = new ArabicDateParser();

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date in a string or number value, or null when nothing could be read. */
  @Nullable Published parse(Object value) {
    if (value instanceof BigDecimal number) {
      return epoch(number, number.toPlainString());
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (EPOCH.matcher(t).matches()) {
      return epoch(new BigDecimal(t), text);
    }
    Published exact = exact(t, text);
    if (exact != null) {
      return exact;
    }
    Optional<Published> found = arabic.parse(t);
    return found.map(p -> new Published(p.local(), p.offset(), text, p.precision())).orElse(null);
  }

  /** Picks the candidate forms by shape first, since a failed java.time parse costs an exception. */
  private static @Nullable Published exact(String t, String original) {
    Precision timePrecision = HAS_SECONDS.matcher(t).find() ? Precision.SECOND : Precision.MINUTE;
    char separator = t.length() > 10 ? t.charAt(10) : 0;
    if (separator == 'T') {
      Published p = offsetDateTime(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME, original, timePrecision);
      return p != null ? p : localDateTime(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME, original, timePrecision);
    }
    if (separator == ' ') {
      Published p = localDateTime(t, SPACE_SECONDS, original, timePrecision);
      p = p != null ? p : localDateTime(t, SPACE_MINUTES, original, timePrecision);
      if (p != null) {
        return p;
      }
    }
    if (t.length() == 10) {
      try {
        LocalDate day = LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE);
        return new Published(day.atStartOfDay(), null, original, Precision.DAY);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return offsetDateTime(t, DateTimeFormatter.RFC_1123_DATE_TIME, original, timePrecision);
  }

  private static @Nullable Published offsetDateTime(
      String t, DateTimeFormatter format, String original, Precision precision) {
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t, format);
      return new Published(odt.toLocalDateTime(), odt.getOffset(), original, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable Published localDateTime(
      String t, DateTimeFormatter format, String original, Precision precision) {
    try {
      return new Published(LocalDateTime.parse(t, format), null, original, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** An epoch number names an instant, so its offset (UTC) is known, not assumed. */
  private static @Nullable Published epoch(BigDecimal number, String original) {
    try {
      long n = number.longValue();
      Instant instant =
          Math.abs(n) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      return new Published(local, ZoneOffset.UTC, original, Precision.SECOND);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }
}
