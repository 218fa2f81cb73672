package org.marsad.store;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/** One search hit with highlighted passages of the original text. */
public record SearchHit(
    String id,
    String title,
    @Nullable String source,
    @Nullable Published published,
    float score,
    List<Highlight> highlights) {
  public SearchHit {
    highlights = List.copyOf(highlights);
  }
}
