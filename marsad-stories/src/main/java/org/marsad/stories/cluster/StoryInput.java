package org.marsad.stories.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.stories.text.TermVector;

/**
 * What the clusterer needs of one article. Immutable (places are copied) and thread-safe.
 *
 * @param terms the article's stem vector ({@link org.marsad.stories.text.StoryTerms})
 * @param places the places it names ({@link org.marsad.stories.text.Places}); kept sorted
 * @param time when it was published (or, lacking that, first seen)
 * @param group the ordinal of its duplicate group's founder, its own ordinal if it is no copy
 */
public record StoryInput(TermVector terms, Set<String> places, Instant time, int group) {
  public StoryInput {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(time, "time");
    places = Collections.unmodifiableSet(new TreeSet<>(places));
    if (group < 0) {
      throw new IllegalArgumentException("group: must not be negative, got " + group);
    }
  }
}
