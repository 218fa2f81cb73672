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
 * @param siblings ordinals of earlier articles that are its template siblings ({@link
 *     org.marsad.stories.dedup.DuplicateDecision#siblings}): their stories are not its story
 */
public record StoryInput(TermVector terms, Set<String> places, Instant time, int group, int[] siblings) {
  /** An article with no known template siblings. */
  public StoryInput(TermVector terms, Set<String> places, Instant time, int group) {
    this(terms, places, time, group, new int[0]);
  }

  public StoryInput {
    Objects.requireNonNull(siblings, "siblings");
    siblings = siblings.clone();
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(time, "time");
    places = Collections.unmodifiableSet(new TreeSet<>(places));
    if (group < 0) {
      throw new IllegalArgumentException("group: must not be negative, got " + group);
    }
  }

  @Override
  public int[] siblings() {
    return siblings.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryInput i && terms.equals(i.terms) && places.equals(i.places) && time.equals(i.time)
        && group == i.group && java.util.Arrays.equals(siblings, i.siblings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, places, time, group, java.util.Arrays.hashCode(siblings));
  }
}
