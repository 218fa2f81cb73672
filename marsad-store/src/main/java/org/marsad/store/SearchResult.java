package org.marsad.store;

import java.util.List;

/** Total matching articles and one page of hits, best first. */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
