package org.marsad.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publication date as the source printed it.
 *
 * @param local the wall-clock date and time the source printed, zero below {@code precision}
 * @param offset the offset the source gave (GMT, +02:00, ...), or null when it gave none
 * @param text the original string, kept so a reader can see what was parsed
 * @param precision how much of the date the source gave
 */
public record Published(
    LocalDateTime local, @Nullable ZoneOffset offset, String text, Precision precision) {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  public Published {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(precision, "precision");
  }

  public boolean zoneGiven() {
    return offset != null;
  }

  /** The instant; a date without a zone is read as UTC, which is what search filters use. */
  public Instant instant() {
    return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
  }

  /**
   * ISO-8601 at the precision given: {@code 2024-01-30} for a day, {@code 2024-11-24T06:53} for a
   * local time, {@code 2024-11-24T06:53:00+02:00} when the source named its zone.
   */
  public String iso() {
    if (!precision.hasTime()) {
      return local.toLocalDate().toString();
    }
    String wall = local.format(precision == Precision.SECOND ? SECOND : MINUTE);
    return offset == null ? wall : wall + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
  }
}
