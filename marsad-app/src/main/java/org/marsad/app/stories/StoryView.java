package org.marsad.app.stories;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * A story: its label (its most central headline), its size, its sources and its timeline.
 *
 * @param labelId the article whose headline is the label
 * @param articles articles in the story, copies included
 * @param texts distinct texts (duplicate groups) among them
 * @param sources outlets with their article counts, most first
 * @param first the earliest member's date as its page gave it, null when no member is dated
 * @param last the latest member's date as its page gave it
 * @param timeline one entry per distinct text, earliest first
 */
public record StoryView(
    String id,
    String label,
    String labelId,
    int articles,
    int texts,
    List<SourceCount> sources,
    @Nullable Published first,
    @Nullable Published last,
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
   * @param published the canonical article's date as its page gave it, or null
   * @param copies members of its duplicate group besides the canonical article
   */
  public record TimelineEntry(String id, String title, @Nullable String source, @Nullable Published published, int copies) {
    /** What the timeline is ordered by. */
    public @Nullable Instant publishedInstant() {
      return published == null ? null : published.instant();
    }
  }
}
