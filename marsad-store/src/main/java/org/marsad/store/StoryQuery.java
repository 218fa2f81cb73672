package org.marsad.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which stories to list: those with at least {@code minArticles} articles published in
 * [{@code from}, {@code to}] (either end open when null; articles without a date count only when
 * both ends are open), in the given order, one page of them.
 */
public record StoryQuery(@Nullable Instant from, @Nullable Instant to, int minArticles, Order order, int offset, int limit) {
  /** LARGEST: most articles first, then latest; LATEST: latest article first, then largest. Ties by id. */
  public enum Order { LARGEST, LATEST }

  public StoryQuery {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles: must be >= 1, got " + minArticles);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit: must be in [1, 1000], got " + limit);
    }
    if (order == null) {
      throw new IllegalArgumentException("order: must not be null");
    }
  }
}
