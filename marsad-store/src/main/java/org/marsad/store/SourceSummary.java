package org.marsad.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One source in the store.
 *
 * @param source the name as its articles spell it most often
 * @param articles articles from it
 * @param first earliest publication instant among them, or null when none has a date
 * @param last latest publication instant, or null
 */
public record SourceSummary(String source, long articles, @Nullable Instant first, @Nullable Instant last) {
  public SourceSummary {
    if (source == null) {
      throw new IllegalArgumentException("source: must not be null");
    }
  }
}
