package org.marsad.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * A stored article in brief, for duplicate groups, stories and lists, read without the article
 * JSON.
 *
 * @param published the publication date as the page gave it (precision and zone), or null
 * @param length characters of body text
 * @param placement null for an article stored without one
 */
public record ArticleBrief(
    String id,
    @Nullable String url,
    String title,
    @Nullable String source,
    @Nullable Published published,
    int length,
    @Nullable Placement placement) {

  /** The publication instant that members are ordered by, or null when undated. */
  public @Nullable Instant publishedInstant() {
    return published == null ? null : published.instant();
  }
}
