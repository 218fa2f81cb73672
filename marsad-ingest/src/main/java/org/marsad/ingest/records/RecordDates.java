package org.marsad.ingest.records;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.ArabicDateParser;
import org.marsad.ingest.dates.MachineDates;
import org.marsad.model.Published;

/**
 * Reads a record's date value: exact machine forms first ({@link MachineDates}), because they are
 * unambiguous and cheap, then the Arabic date parser for what people typed. A JSON number is an
 * epoch. Thread-safe.
 */
final class RecordDates {
  private final ArabicDateParser arabic = new ArabicDateParser();

  /** The date in a string or number value, or null when nothing could be read. */
  @Nullable Published parse(Object value) {
    if (value instanceof BigDecimal number) {
      return MachineDates.epoch(number.longValue(), number.toPlainString()).orElse(null);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    Optional<Published> exact = MachineDates.parse(text);
    if (exact.isPresent()) {
      return exact.get();
    }
    Optional<Published> found = arabic.parse(text.strip());
    return found.map(p -> new Published(p.local(), p.offset(), text, p.precision())).orElse(null);
  }
}
