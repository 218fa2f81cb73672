package org.marsad.ingest.html;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.ingest.dates.MachineDates;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Reads the date values of markup: the machine forms ({@link MachineDates}: ISO 8601 as sites print
 * it, epoch numbers, RFC 1123), then the Arabic date parser for what a person typed ("الجمعة 8
 * فيفري 2019"). A time of exactly midnight is read as a bare day: content systems store a day-only
 * date that way in their meta tags. That is this reader's policy, not the parser's: feeds and
 * records keep a printed midnight. Thread-safe.
 */
final class MetaDates {
  private final ArabicDateParser arabic;

  MetaDates(ArabicDateParser arabic) {
    this.arabic = arabic;
  }

  @Nullable Published parse(@Nullable String value) {
    if (value == null || value.isBlank() || value.length() > MachineDates.MAX_LENGTH) {
      return null;
    }
    String t = value.strip();
    return MachineDates.parse(t).map(MetaDates::midnightAsDay)
        .or(() -> arabic.parse(t).map(p -> new Published(p.local(), p.offset(), t, p.precision())))
        .orElse(null);
  }

  private static Published midnightAsDay(Published p) {
    boolean midnight = p.precision().hasTime() && p.local().toLocalTime().equals(LocalTime.MIDNIGHT);
    return midnight ? new Published(p.local(), p.offset(), p.text(), Precision.DAY) : p;
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
