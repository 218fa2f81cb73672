package org.marsad.ingest.feeds;

import java.util.Date;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.ingest.dates.MachineDates;
import org.marsad.model.Published;

/**
 * Reads the dates of feeds and sitemaps as printed, keeping the offset the source gave: the machine
 * forms ({@link MachineDates}: W3C/ISO 8601 in {@code <updated>}, {@code dc:date}, {@code
 * <lastmod>}, RFC 822 with the zones feeds use), then anything the Arabic date parser reads
 * ({@code الأحد 24 نوفمبر 2024 - 10:31 بتوقيت مكة}). An RFC 822 time whose zone is in words
 * ({@code بتوقيت مكة}) takes its offset from the Arabic parser. Rome's own parse loses the printed
 * offset and the text, so it is only the last resort. Thread-safe.
 */
final class FeedDates {
  private final ArabicDateParser arabic = new ArabicDateParser();

  /** The date {@code raw} gives, or null. */
  @Nullable Published parse(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MachineDates.MAX_LENGTH) {
      return null;
    }
    String text = raw.strip();
    Optional<Published> machine = MachineDates.parse(text);
    if (machine.isPresent()) {
      return withZoneInWords(machine.get());
    }
    Optional<Published> found = arabic.parse(text);
    return found.map(f -> new Published(f.local(), f.offset(), text, f.precision())).orElse(null);
  }

  /** A time without an offset whose text names its zone in words: the Arabic parser knows those. */
  private Published withZoneInWords(Published p) {
    if (p.zoneGiven() || !p.precision().hasTime()) {
      return p;
    }
    return arabic.parse(p.text()).filter(Published::zoneGiven)
        .map(z -> new Published(p.local(), z.offset(), p.text(), p.precision())).orElse(p);
  }

  /** Rome's parse when nothing else could read the date: the instant, in UTC. */
  static Published fromInstant(Date date, @Nullable String raw) {
    return MachineDates.ofInstant(date.toInstant(), raw == null ? date.toInstant().toString() : raw.strip());
  }
}
