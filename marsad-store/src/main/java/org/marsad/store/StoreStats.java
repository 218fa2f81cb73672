package org.marsad.store;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the store holds.
 *
 * @param articles number of articles
 * @param sources articles per source, most first
 * @param earliest earliest publication instant, or null when no article has a date
 * @param latest latest publication instant, or null
 */
public record StoreStats(
    long articles, Map<String, Long> sources, @Nullable Instant earliest, @Nullable Instant latest) {
  public StoreStats {
    sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
  }
}
