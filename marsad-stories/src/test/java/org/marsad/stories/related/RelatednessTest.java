package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.marsad.stories.related.Vectors.range;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TermVector;

class RelatednessTest {
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private final DocumentFrequencies df = new DocumentFrequencies();

  RelatednessTest() {
    df.add(range(1, 10));
    df.add(range(5, 20));
    df.add(range(30, 40));
  }

  private static RelatedInput at(TermVector terms, Set<String> places, Instant time) {
    return new RelatedInput(terms, places, time, null);
  }

  @Test
  void theSameArticleScoresOne() {
    RelatedInput a = at(range(1, 12), Set.of("مصر"), NOON);
    assertThat(Relatedness.score(a, a, df)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void topicDecidesArticlesWithoutCommonTermsAreUnrelated() {
    RelatedInput a = at(range(1, 10), Set.of("مصر"), NOON);
    RelatedInput b = at(range(30, 40), Set.of("مصر"), NOON);
    assertThat(Relatedness.score(a, b, df)).isZero();
  }

  @Test
  void commonPlacesRaiseTheScoreAndMissingPlacesAreNeutral() {
    RelatedInput a = at(range(1, 10), Set.of("مصر", "ليبيا", "تونس"), NOON);
    double same = Relatedness.score(a, at(range(5, 15), Set.of("مصر", "ليبيا", "تونس"), NOON), df);
    double oneOfThem = Relatedness.score(a, at(range(5, 15), Set.of("ليبيا"), NOON), df);
    double none = Relatedness.score(a, at(range(5, 15), Set.of(), NOON), df);
    double some = Relatedness.score(a, at(range(5, 15), Set.of("مصر", "اليمن", "السودان"), NOON), df);
    double other = Relatedness.score(a, at(range(5, 15), Set.of("اليمن"), NOON), df);
    assertThat(oneOfThem).isEqualTo(same);
    assertThat(same).isGreaterThan(none).isGreaterThan(some).isGreaterThan(other);
    assertThat(none).isCloseTo((same + other) / 2, within(1e-9));
  }

  @Test
  void closerInTimeScoresHigherAndMissingTimeIsNeutral() {
    RelatedInput a = at(range(1, 10), Set.of(), NOON);
    double sameDay = Relatedness.score(a, at(range(5, 15), Set.of(), NOON.plus(Duration.ofHours(3))), df);
    double week = Relatedness.score(a, at(range(5, 15), Set.of(), NOON.minus(Relatedness.TIME_HALF_LIFE)), df);
    double month = Relatedness.score(a, at(range(5, 15), Set.of(), NOON.plus(Duration.ofDays(30))), df);
    double unknown = Relatedness.score(a, at(range(5, 15), Set.of(), null), df);
    assertThat(sameDay).isGreaterThan(week).isGreaterThan(month);
    assertThat(unknown).isCloseTo(week, within(1e-9));
  }

  @Test
  void placesAndTimeTakeOffAtMostWhatTheirWeightsAllow() {
    RelatedInput a = at(range(1, 10), Set.of("مصر"), NOON);
    RelatedInput far = at(range(1, 10), Set.of("اليمن"), NOON.plus(Duration.ofDays(3_650)));
    double expected = (1 - Relatedness.PLACE_WEIGHT) * (1 - Relatedness.TIME_WEIGHT);
    assertThat(Relatedness.score(a, far, df)).isCloseTo(expected, within(1e-6));
  }
}
