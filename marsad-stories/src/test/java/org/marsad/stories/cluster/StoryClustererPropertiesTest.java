package org.marsad.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TermVector;

class StoryClustererPropertiesTest {
  private static final int ARTICLES = 300;
  private static final List<String> PLACES = List.of("القاهره", "الرياض", "بغداد", "دمشق", "عمان");

  /**
   * The stream below is drawn for a threshold of 0.30: at it, articles of one topic sometimes join
   * and sometimes found, so the properties see joining, founding and following a founder whatever
   * the default threshold is.
   */
  private static final StoryClustererConfig CONFIG =
      new StoryClustererConfig(Duration.ofDays(3), 0.30, 0.05, 100, 20, 10, 30, 50, 0);

  private record Article(int ordinal, StoryInput input) {}

  /**
   * A stream of synthetic articles: each draws most terms from one of a few topics and the rest
   * from a shared pool, at times that mostly advance but sometimes come days late; ordinals have
   * gaps, and some articles are copies of an earlier one.
   */
  private static List<Article> stream(long seed) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    int ordinal = 0;
    for (int i = 0; i < ARTICLES; i++) {
      ordinal += 1 + random.nextInt(3);
      now = now.plus(Duration.ofMinutes(random.nextInt(240)));
      Instant time = random.nextInt(10) == 0 ? now.minus(Duration.ofHours(random.nextInt(200))) : now;
      int topic = random.nextInt(12);
      long[] terms = new long[30];
      float[] weights = new float[30];
      for (int k = 0; k < terms.length; k++) {
        terms[k] = k < 18 ? topic * 1_000L + random.nextInt(40) : 100_000L + random.nextInt(400);
        weights[k] = 1 + random.nextInt(3);
      }
      int group = ordinal;
      if (!groups.isEmpty() && random.nextInt(8) == 0) {
        group = groups.get(random.nextInt(groups.size()));
      } else {
        groups.add(ordinal);
      }
      Set<String> places = Set.of(PLACES.get(topic % PLACES.size()));
      articles.add(new Article(ordinal, new StoryInput(TermVector.of(terms, weights), places, time, group)));
    }
    return articles;
  }

  private static List<StoryDecision> addAll(List<Article> articles) {
    DocumentFrequencies df = new DocumentFrequencies();
    StoryClusterer clusterer = new StoryClusterer(df, CONFIG);
    List<StoryDecision> decisions = new ArrayList<>();
    for (Article a : articles) {
      df.add(a.input().terms());
      decisions.add(clusterer.add(a.ordinal(), a.input()));
    }
    return decisions;
  }

  @Property(tries = 30)
  void theSameStreamGivesTheSameDecisions(@ForAll long seed) {
    List<Article> articles = stream(seed);
    List<StoryDecision> decisions = addAll(articles);
    assertThat(addAll(articles)).isEqualTo(decisions);
    // The stream exercises joining, founding and following a founder.
    assertThat(decisions).anyMatch(StoryDecision::created).anyMatch(d -> !d.created() && d.similarity() < 1);
  }

  @Property(tries = 30)
  void restoringThenAddingEqualsAddingAll(@ForAll long seed, @ForAll @IntRange(min = 0, max = ARTICLES) int split) {
    List<Article> articles = stream(seed);
    List<StoryDecision> expected = addAll(articles);
    DocumentFrequencies df = new DocumentFrequencies();
    StoryClusterer clusterer = new StoryClusterer(df, CONFIG);
    for (int i = 0; i < split; i++) {
      df.add(articles.get(i).input().terms());
      clusterer.restore(articles.get(i).ordinal(), articles.get(i).input(), expected.get(i).story());
    }
    for (int i = split; i < articles.size(); i++) {
      df.add(articles.get(i).input().terms());
      assertThat(clusterer.add(articles.get(i).ordinal(), articles.get(i).input()))
          .as("article %d of %d after restoring %d", i, articles.size(), split)
          .isEqualTo(expected.get(i));
    }
  }

  @Property(tries = 30)
  void everyArticleLandsInAStoryFoundedNoLaterThanItself(@ForAll long seed) {
    List<Article> articles = stream(seed);
    List<StoryDecision> decisions = addAll(articles);
    for (int i = 0; i < articles.size(); i++) {
      StoryDecision d = decisions.get(i);
      assertThat(d.story()).isLessThanOrEqualTo(articles.get(i).ordinal());
      assertThat(d.created()).isEqualTo(d.story() == articles.get(i).ordinal());
      assertThat(d.similarity()).isBetween(0.0, 1.0);
    }
  }
}
