package org.marsad.store;

import java.util.List;

/**
 * Counts over every article a search matched, not just the returned page.
 *
 * <p>{@link #dates} holds only non-empty periods, oldest first, all of one {@link DateGrain}: days
 * when the matching articles span at most {@value #MAX_DATE_BUCKETS} days, else months when they
 * span at most {@value #MAX_DATE_BUCKETS} months, else years. A client drawing a histogram fills
 * the gaps itself. Articles without a date are counted nowhere in it.
 *
 * @param sources articles per source, most first, ties by value; at most the request's facet limit
 * @param tags articles per site tag, most first, ties by value; at most the request's facet limit
 * @param dates articles per period, oldest first
 */
public record Facets(List<FacetCount> sources, List<FacetCount> tags, List<DateBucket> dates) {
  /** Periods a histogram may need at most before a coarser grain is chosen. */
  public static final int MAX_DATE_BUCKETS = 60;

  private static final Facets EMPTY = new Facets(List.of(), List.of(), List.of());

  public Facets {
    sources = List.copyOf(sources);
    tags = List.copyOf(tags);
    dates = List.copyOf(dates);
  }

  /** No counts: what a search returns when facets were not asked for. */
  public static Facets empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return sources.isEmpty() && tags.isEmpty() && dates.isEmpty();
  }
}
