package org.marsad.stories.related;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.text.TermVector;

/**
 * What relatedness needs of one article. Immutable (places are copied) and thread-safe.
 *
 * @param terms the article's stem vector ({@link org.marsad.stories.text.StoryTerms})
 * @param lead the stem vector of its lead ({@link LeadTerms}); empty when unknown
 * @param names its split compound names, joined ({@link CompoundNames}); empty when unknown
 * @param places the places it names ({@link org.marsad.stories.text.Places}); kept sorted
 * @param time when it was published, or null if unknown
 * @param source the outlet it is from, or null if unknown
 */
public record RelatedInput(TermVector terms, TermVector lead, TermVector names, Set<String> places, @Nullable Instant time, @Nullable String source) {
  public RelatedInput {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(names, "names");
    places = Collections.unmodifiableSet(new TreeSet<>(places));
  }

  /** An article whose lead and names are not known apart from the rest of its text. */
  public RelatedInput(TermVector terms, Set<String> places, @Nullable Instant time, @Nullable String source) {
    this(terms, TermVector.EMPTY, TermVector.EMPTY, places, time, source);
  }
}
