package org.marsad.app.stories;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story: its label (its most central headline), its size, its sources and its timeline.
 *
 * @param labelId the article whose headline is the label
 * @param articles articles in the story, copies included
 * @param texts distinct texts (duplicate groups) among them
 * @param sources outlets with their article counts, most first
 * @param timeline one entry per distinct text, earliest first
 */
public record StoryView(
    String id,
    String label,
    String labelId,
    int articles,
    int texts,
    List<SourceCount> sources,
    @Nullable Instant first,
    @Nullable Instant last,
    List<TimelineEntry> timeline) {

  public StoryView {
    sources = List.copyOf(sources);
    timeline = List.copyOf(timeline);
  }

  /** An outlet and how many of the story's articles it published. */
  public record SourceCount(String source, int articles) {}

  /**
   * One text of the story: its canonical article and how many outlets carried it.
   *
   * @param copies members of its duplicate group besides the canonical article
   */
  public record TimelineEntry(String id, String title, @Nullable String source, @Nullable Instant published, int copies) {}
}
