package org.marsad.store;

import java.util.List;

/** One page of a story listing, and how many stories matched in all. */
public record StoryPage(long total, List<StorySummary> stories) {
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
