package org.marsad.store;

/**
 * How many matching articles carry one value of a facet.
 *
 * @param value the value as articles spell it most often (not the folded key), so it reads well and
 *     can be passed back as a filter, which compares the folded form
 * @param count matching articles with this value
 */
public record FacetCount(String value, long count) {
  public FacetCount {
    if (value == null) {
      throw new IllegalArgumentException("value: must not be null");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count: must be >= 0, got " + count);
    }
  }
}
