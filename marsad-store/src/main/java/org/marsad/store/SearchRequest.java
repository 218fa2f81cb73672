package org.marsad.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search: free text (may be blank to list everything by date), optional filters, paging.
 *
 * @param query user text; Arabic is matched across spelling variants, {@code "..."} marks a phrase
 * @param source only articles from this source (compared on its normalized form), or null
 * @param from only articles published on or after this day (UTC), or null
 * @param to only articles published on or before this day (UTC), or null
 * @param offset hits to skip
 * @param limit hits to return, 1..1000
 */
public record SearchRequest(
    String query, @Nullable String source, @Nullable LocalDate from, @Nullable LocalDate to, int offset, int limit) {
  public SearchRequest {
    if (query == null) {
      throw new IllegalArgumentException("query: must not be null");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit: must be in 1..1000, got " + limit);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 0, 10);
  }
}
