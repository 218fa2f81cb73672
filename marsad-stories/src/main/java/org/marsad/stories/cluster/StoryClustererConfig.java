package org.marsad.stories.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link StoryClusterer}, validated on construction. Immutable and thread-safe.
 *
 * @param window how far before a story's first article or after its last an article may be and
 *     still join it
 * @param threshold the similarity from which an article joins a story rather than founding one
 * @param placeBonus added to the similarity when the article names a place the story names
 * @param centroidTerms how many terms a story's centroid keeps (highest tf-idf)
 * @param indexTerms how many of those terms find the story in the candidate index
 * @param queryTerms how many of an article's terms are looked up in the candidate index
 * @param closedTerms how many centroid terms a story keeps once it has left the index
 * @param maxCandidates how many stories, those sharing the most query-term weight, are compared
 *     in full with an article
 * @param minTerms the fewest distinct terms an article needs to join a story: with fewer (a
 *     cartoon titled كاريكاتير and nothing else, a photo with a one-word caption) one shared word
 *     makes a perfect cosine, and every such item of a week would chain into one story
 */
public record StoryClustererConfig(
    Duration window,
    double threshold,
    double placeBonus,
    int centroidTerms,
    int indexTerms,
    int queryTerms,
    int closedTerms,
    int maxCandidates,
    int minTerms) {

  /**
   * Three days: follow-ups of one event (reactions, the funeral, the verdict's appeal) come
   * within a day or two of each other, while a longer window lets recurring topics (daily prices,
   * weekly league rounds) chain into one endless story. The threshold, 0.45 (0.30 before it was
   * tuned on rated pairs), and the place bonus are discussed in {@link StoryClusterer}.
   */
  public static final StoryClustererConfig DEFAULTS =
      new StoryClustererConfig(Duration.ofDays(3), 0.45, 0.05, 100, 20, 10, 30, 50, 3);

  public StoryClustererConfig {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window: must be positive, got " + window);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold: must be in (0, 1], got " + threshold);
    }
    if (!(placeBonus >= 0 && placeBonus < 1)) {
      throw new IllegalArgumentException("placeBonus: must be in [0, 1), got " + placeBonus);
    }
    if (centroidTerms < 1) {
      throw new IllegalArgumentException("centroidTerms: must be positive, got " + centroidTerms);
    }
    if (indexTerms < 1 || indexTerms > centroidTerms) {
      throw new IllegalArgumentException("indexTerms: must be in [1, centroidTerms], got " + indexTerms);
    }
    if (queryTerms < 1) {
      throw new IllegalArgumentException("queryTerms: must be positive, got " + queryTerms);
    }
    if (closedTerms < 1 || closedTerms > centroidTerms) {
      throw new IllegalArgumentException("closedTerms: must be in [1, centroidTerms], got " + closedTerms);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates: must be positive, got " + maxCandidates);
    }
    if (minTerms < 0) {
      throw new IllegalArgumentException("minTerms: must not be negative, got " + minTerms);
    }
  }
}
