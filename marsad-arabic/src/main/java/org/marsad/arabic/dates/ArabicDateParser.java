package org.marsad.arabic.dates;

import java.util.List;
import java.util.Optional;
import org.marsad.model.Published;

/** STUB: to be replaced. Finds and parses dates in Arabic text. Thread-safe. */
public final class ArabicDateParser {

  /** Every date in {@code text}, in order of appearance, non-overlapping. */
  public List<DateMention> findAll(String text) {
    return List.of();
  }

  /** The first date in {@code text}, if any. */
  public Optional<Published> parse(String text) {
    return findAll(text).stream().findFirst().map(DateMention::published);
  }
}
