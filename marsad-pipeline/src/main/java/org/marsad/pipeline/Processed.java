package org.marsad.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.stories.Placed;

/**
 * An article as the pipeline hands it on: read, normalized, enriched, and placed when the
 * pipeline places.
 *
 * @param placed its duplicate group and story, or null when the pipeline does not place
 */
public record Processed(Article article, @Nullable Placed placed) {
  public Processed {
    Objects.requireNonNull(article, "article");
  }
}
