package org.marsad.store;

import java.util.List;

/**
 * Total matching articles, one page of hits, best first, and facet counts over all matches.
 *
 * @param facets counts over every matching article; {@link Facets#empty()} unless the request asked
 */
public record SearchResult(long total, List<SearchHit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    if (facets == null) {
      throw new IllegalArgumentException("facets: must not be null");
    }
  }

  /** A result without facets. */
  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, Facets.empty());
  }
}
