package org.marsad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Which stories to list: those with at least {@code minArticles} articles published in
 * [{@code from}, {@code to}] (either end open when null; articles without a date count only when
 * both ends are open), in the given order, one page of them.
 */
public record StoryQuery(@Nullable Instant from, @Nullable Instant to, int minArticles, Order order, int offset, int limit) {
  /** LARGEST: most articles first, then latest; LATEST: latest article first, then largest. Ties by id. */
  public enum Order { LARGEST, LATEST }

  /**
   * The stories of whole UTC days, as search filters its days: from the start of {@code from} to
   * the end of {@code to}, either open when null.
   */
  public static StoryQuery ofDays(@Nullable LocalDate from, @Nullable LocalDate to, int minArticles, Order order, int offset, int limit) {
    return new StoryQuery(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1),
        minArticles, order, offset, limit);
  }

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
