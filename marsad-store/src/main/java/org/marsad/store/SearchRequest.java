package org.marsad.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search: free text (may be blank to list everything by date), optional filters, paging, and
 * whether to count facets.
 *
 * @param query user text; Arabic is matched across spelling variants, {@code "..."} marks a phrase
 * @param source only articles from this source (compared on its normalized form), or null
 * @param from only articles published on or after this day (UTC), or null
 * @param to only articles published on or before this day (UTC), or null
 * @param tag only articles carrying this site tag (compared on its normalized form), or null
 * @param offset hits to skip
 * @param limit hits to return, 1..1000
 * @param facetLimit sources and tags to count in {@link SearchResult#facets()}, most first,
 *     0..1000; 0 counts no facets at all
 */
public record SearchRequest(
    String query,
    @Nullable String source,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String tag,
    int offset,
    int limit,
    int facetLimit) {
  /** Sources and tags listed by {@link #withFacets()}. */
  public static final int DEFAULT_FACET_LIMIT = 20;

  public static final int MAX_FACET_LIMIT = 1000;

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
    if (facetLimit < 0 || facetLimit > MAX_FACET_LIMIT) {
      throw new IllegalArgumentException("facetLimit: must be in 0.." + MAX_FACET_LIMIT + ", got " + facetLimit);
    }
  }

  /** A search without a tag filter or facets. */
  public SearchRequest(
      String query, @Nullable String source, @Nullable LocalDate from, @Nullable LocalDate to, int offset, int limit) {
    this(query, source, from, to, null, offset, limit, 0);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, 0, 10);
  }

  /** This search restricted to articles carrying {@code newTag}, or unrestricted when null. */
  public SearchRequest withTag(@Nullable String newTag) {
    return new SearchRequest(query, source, from, to, newTag, offset, limit, facetLimit);
  }

  /** This search counting the top {@code newFacetLimit} sources and tags and the dates; 0 for none. */
  public SearchRequest withFacets(int newFacetLimit) {
    return new SearchRequest(query, source, from, to, tag, offset, limit, newFacetLimit);
  }

  /** This search counting the top {@value #DEFAULT_FACET_LIMIT} sources and tags and the dates. */
  public SearchRequest withFacets() {
    return withFacets(DEFAULT_FACET_LIMIT);
  }

  /** Whether {@link SearchResult#facets()} is to be counted. */
  public boolean wantsFacets() {
    return facetLimit > 0;
  }
}
