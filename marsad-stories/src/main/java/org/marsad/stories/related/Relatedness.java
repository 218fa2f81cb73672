package org.marsad.stories.related;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/**
 * How related two articles are, in [0, 1]: the tf-idf cosine of their stem vectors, in which the
 * words of the leads count once more and split compound names count joined too ({@link #vector}),
 * scaled down a little when they name different places or lie far apart in time:
 *
 * <pre>score = cosine × (1 − P × (1 − places)) × (1 − T × (1 − time))</pre>
 *
 * where places is the overlap of the places named ({@link #placeAgreement}) and time halves with every
 * {@link #TIME_HALF_LIFE} between the two; either is {@link #NEUTRAL} when a side does not say.
 * Topic decides: places and time only reorder articles of similar cosine, since unrelated
 * articles often share a country and a day, and related ones (the follow-up of a trial, the next
 * round of a league) often do not. Symmetric, and non-decreasing in the cosine, the place overlap
 * and the closeness in time. Thread-safe (it reads {@code df} only).
 */
public final class Relatedness {
  /**
   * How many more times a lead word counts. Once more puts a lead word between a body word (once)
   * and a title word ({@link org.marsad.stories.text.StoryTerms}: three times): the headline names
   * the event, the lead tells it, the rest gives background. It also brings a copy cut after its
   * lead, as feeds and scrapers cut texts, closer to its full text.
   */
  static final float LEAD_EXTRA = 1;
  /** How much disagreement on places can take off: a fifth of the cosine. */
  static final double PLACE_WEIGHT = 0.2;
  /** How much distance in time can take off: a fifth of the cosine. */
  static final double TIME_WEIGHT = 0.2;
  /** A week: a story's follow-ups mostly come within days, a topic's within weeks. */
  static final Duration TIME_HALF_LIFE = Duration.ofDays(7);
  /**
   * The agreement assumed when a side names no place or has no time: half, as for articles a
   * half-life apart, so that a missing value neither rewards nor punishes fully.
   */
  static final double NEUTRAL = 0.5;

  private Relatedness() {}

  /** The relatedness of two articles under {@code df}. */
  public static double score(RelatedInput a, RelatedInput b, DocumentFrequencies df) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return score(vector(a, df), a, vector(b, df), b);
  }

  /**
   * The weighed vector an article is compared by: its terms, plus {@link #LEAD_EXTRA} times its
   * lead, plus its split compound names as the word they make.
   */
  static TfIdfVector vector(RelatedInput in, DocumentFrequencies df) {
    return TfIdfVector.of(weighed(in), df);
  }

  /** The raw weights {@link #vector} weighs: terms, lead and names added up. */
  public static TermVector weighed(RelatedInput in) {
    TermVector weighed = in.terms();
    if (!in.lead().isEmpty()) {
      weighed = TermVector.linear(weighed, 1, in.lead(), LEAD_EXTRA);
    }
    if (!in.names().isEmpty()) {
      weighed = TermVector.linear(weighed, 1, in.names(), 1);
    }
    return weighed;
  }

  /** As {@link #score(RelatedInput, RelatedInput, DocumentFrequencies)}, with weighed vectors. */
  static double score(TfIdfVector va, RelatedInput a, TfIdfVector vb, RelatedInput b) {
    return combine(va.cosine(vb), placeAgreement(a.places(), b.places()), timeAgreement(a.time(), b.time()));
  }

  static double combine(double cosine, double places, double time) {
    return cosine * (1 - PLACE_WEIGHT * (1 - places)) * (1 - TIME_WEIGHT * (1 - time));
  }

  /**
   * The overlap coefficient |A ∩ B| / min(|A|, |B|) of two place sets, {@link #NEUTRAL} if
   * either is empty. Not Jaccard: a short report naming one city fully agrees with a long one
   * naming that city among others, and naming one more common place never lowers the overlap.
   */
  static double placeAgreement(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return NEUTRAL;
    }
    int shared = 0;
    for (String p : a) {
      if (b.contains(p)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  /** 2^(−|Δt| / half-life), {@link #NEUTRAL} if either time is unknown. */
  static double timeAgreement(@Nullable Instant a, @Nullable Instant b) {
    if (a == null || b == null) {
      return NEUTRAL;
    }
    double seconds = Math.abs((double) a.getEpochSecond() - b.getEpochSecond());
    return Math.pow(2, -seconds / TIME_HALF_LIFE.getSeconds());
  }
}
