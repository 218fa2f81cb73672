package org.marsad.store;

import java.util.List;
import org.marsad.model.Span;

/**
 * A passage of a stored field with the matched words marked.
 *
 * @param field {@code title} or {@code body}
 * @param text the passage, as published (not normalized)
 * @param matches spans of {@code text} that matched the query
 */
public record Highlight(String field, String text, List<Span> matches) {
  public Highlight {
    matches = List.copyOf(matches);
  }
}
