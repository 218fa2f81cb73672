package org.marsad.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.stories.cluster.Dispatches.DERBY;
import static org.marsad.stories.cluster.Dispatches.OIL;
import static org.marsad.stories.cluster.Dispatches.QUAKE;
import static org.marsad.stories.cluster.Dispatches.QUAKE_FOLLOW_UP;
import static org.marsad.stories.cluster.Dispatches.input;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marsad.stories.text.DocumentFrequencies;

class StoryClustererTest {
  /**
   * For the tests of window, lateness, copies and memory: a threshold far from where the fixtures
   * fall (a follow-up of the quake is at about 0.56 to it, the other events at 0), so that these
   * tests turn on the mechanics and not on where the default threshold sits.
   */
  private static final StoryClustererConfig MECHANICS =
      new StoryClustererConfig(Duration.ofDays(3), 0.30, 0.05, 100, 20, 10, 30, 50, 0);

  private final DocumentFrequencies df = new DocumentFrequencies();
  private final StoryClusterer clusterer = new StoryClusterer(df, MECHANICS);
  /** For the tests of the default settings; a test uses either this or {@link #clusterer}. */
  private final StoryClusterer defaults = new StoryClusterer(df);

  StoryClustererTest() {
    // The engine's table knows earlier news; a table of only the articles under test has no idf to speak of.
    Dispatches.addBackground(df);
  }

  private StoryDecision add(int ordinal, StoryInput in) {
    df.add(in.terms());
    return clusterer.add(ordinal, in);
  }

  private StoryDecision addWithDefaults(int ordinal, StoryInput in) {
    df.add(in.terms());
    return defaults.add(ordinal, in);
  }

  @Test
  void twoReportsOfOneEventJoinAndAnotherEventStaysApart() {
    assertThat(addWithDefaults(0, input(QUAKE, Duration.ZERO, 0))).isEqualTo(new StoryDecision(0, 0, true));
    assertThat(addWithDefaults(1, input(DERBY, Duration.ofHours(1), 1)).created()).isTrue();
    assertThat(addWithDefaults(2, input(OIL, Duration.ofHours(2), 2)).created()).isTrue();
    StoryDecision followUp = addWithDefaults(3, input(QUAKE_FOLLOW_UP, Duration.ofHours(5), 3));
    assertThat(followUp.story()).isZero();
    assertThat(followUp.created()).isFalse();
    assertThat(followUp.similarity()).isGreaterThanOrEqualTo(StoryClustererConfig.DEFAULTS.threshold());
    assertThat(defaults.stories()).isEqualTo(3);
  }

  @Test
  void aFoundingArticleReportsTheBestSimilarityItDidNotReach() {
    addWithDefaults(0, input(QUAKE, Duration.ZERO, 0));
    StoryDecision oil = addWithDefaults(1, input(OIL, Duration.ofHours(1), 1));
    assertThat(oil.created()).isTrue();
    assertThat(oil.similarity()).isLessThan(StoryClustererConfig.DEFAULTS.threshold());
  }

  @Test
  void aFollowUpWithinTheWindowJoinsAndOneBeyondItDoesNot() {
    add(0, input(QUAKE, Duration.ZERO, 0));
    assertThat(add(1, input(QUAKE_FOLLOW_UP, Duration.ofDays(2).plusHours(20), 1)).story()).isZero();
    // The story now ends on day 2.8, so day 5.8 is within reach; then it ends on day 5.8 and 9.3 is not.
    assertThat(add(2, input(QUAKE_FOLLOW_UP, Duration.ofDays(5).plusHours(19), 2)).story()).isZero();
    StoryDecision late = add(3, input(QUAKE_FOLLOW_UP, Duration.ofDays(9).plusHours(7), 3));
    assertThat(late.created()).isTrue();
    assertThat(late.story()).isEqualTo(3);
  }

  @Test
  void aFollowUpBeforeTheStoryStartedByMoreThanTheWindowFoundsItsOwn() {
    add(0, input(QUAKE, Duration.ofDays(10), 0));
    assertThat(add(1, input(QUAKE_FOLLOW_UP, Duration.ofDays(8), 1)).story()).isZero();
    assertThat(add(2, input(QUAKE_FOLLOW_UP, Duration.ofDays(4), 2)).created()).isTrue();
  }

  @Test
  void aLateArticleStillFindsAStoryThatLeftTheIndex() {
    add(0, input(QUAKE, Duration.ZERO, 0));
    add(1, input(DERBY, Duration.ofDays(20), 1));
    assertThat(clusterer.openStories()).isEqualTo(1);
    StoryDecision late = add(2, input(QUAKE_FOLLOW_UP, Duration.ofDays(1), 2));
    assertThat(late.story()).isZero();
    assertThat(late.created()).isFalse();
  }

  @Test
  void copiesFollowTheirFounderWithoutComparison() {
    add(0, input(QUAKE, Duration.ZERO, 0));
    add(5, input(DERBY, Duration.ofHours(1), 5));
    // Group 0: dedup found this to be a copy of article 0, whatever its text says.
    assertThat(add(9, input(OIL, Duration.ofHours(2), 0))).isEqualTo(new StoryDecision(0, 1.0, false));
    assertThat(add(12, input(OIL, Duration.ofHours(3), 12)).created()).isTrue();
  }

  @Test
  void aCopyOfAnUnknownFounderIsPlacedOnItsOwnText() {
    add(3, input(QUAKE, Duration.ZERO, 3));
    assertThat(add(7, input(QUAKE_FOLLOW_UP, Duration.ofHours(1), 1)).story()).isEqualTo(3);
  }

  @Test
  void ordinalsMustIncreaseAndGroupsPrecedeThem() {
    add(4, input(QUAKE, Duration.ZERO, 4));
    assertThatThrownBy(() -> clusterer.add(4, input(OIL, Duration.ZERO, 4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ordinal");
    assertThatThrownBy(() -> clusterer.add(6, input(OIL, Duration.ZERO, 7)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("in.group");
    assertThatThrownBy(() -> clusterer.restore(8, input(OIL, Duration.ZERO, 8), 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("story");
  }

  @Test
  void storiesLeaveTheIndexAsTimeMovesOnAndMemoryIsCounted() {
    add(0, input(QUAKE, Duration.ZERO, 0));
    long oneStory = clusterer.approximateBytes();
    add(1, input(DERBY, Duration.ofDays(1), 1));
    assertThat(clusterer.approximateBytes()).isGreaterThan(oneStory);
    assertThat(clusterer.openStories()).isEqualTo(2);
    add(2, input(OIL, Duration.ofDays(3).plusHours(1), 2));
    assertThat(clusterer.openStories()).isEqualTo(2);
    add(3, input(OIL, Duration.ofDays(30), 3));
    assertThat(clusterer.openStories()).isEqualTo(1);
    assertThat(clusterer.stories()).isEqualTo(4);
  }

  @Test
  void configIsValidatedByName() {
    StoryClustererConfig d = StoryClustererConfig.DEFAULTS;
    assertThatThrownBy(() -> new StoryClustererConfig(Duration.ZERO, 0.3, 0.05, 100, 20, 10, 30, 50, 0))
        .hasMessageStartingWith("window");
    assertThatThrownBy(() -> new StoryClustererConfig(d.window(), 0, 0.05, 100, 20, 10, 30, 50, 0))
        .hasMessageStartingWith("threshold");
    assertThatThrownBy(() -> new StoryClustererConfig(d.window(), 0.3, 0.05, 100, 200, 10, 30, 50, 0))
        .hasMessageStartingWith("indexTerms");
    assertThatThrownBy(() -> new StoryClustererConfig(d.window(), 0.3, 0.05, 100, 20, 10, 30, 0, 0))
        .hasMessageStartingWith("maxCandidates");
  }
}
