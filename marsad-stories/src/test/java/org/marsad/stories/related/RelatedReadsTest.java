package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.stories.related.Vectors.range;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.Places;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

class RelatedReadsTest {
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private final DocumentFrequencies df = new DocumentFrequencies();

  private static RelatedInput report(String title, String body, @Nullable String source) {
    return new RelatedInput(StoryTerms.of(title, List.of(body)), Places.of(title, List.of(body)), NOON, source);
  }

  private static RelatedInput synthetic(TermVector terms, @Nullable String source, Instant time) {
    return new RelatedInput(terms, Set.of(), time, source);
  }

  @Test
  void copiesOfTheArticleAndOfAnEarlierPickAreDropped() {
    String title = "فيضانات تغمر قرى في شمال البلاد";
    String body = "غمرت مياه الفيضانات عشرات القرى في شمال البلاد بعد أمطار غزيرة استمرت ثلاثة أيام.";
    RelatedInput target = report(title, body, "أ");
    RelatedInput rescue = report("فرق الإنقاذ تجلي سكان القرى التي غمرتها الفيضانات",
        "بدأت فرق الإنقاذ إجلاء السكان من القرى التي غمرتها مياه الفيضانات في شمال البلاد.", "ب");
    List<RelatedInput> candidates = List.of(
        report(title, body, "د"),
        rescue,
        new RelatedInput(rescue.terms(), rescue.places(), NOON, "هـ"),
        report("البورصة تغلق على ارتفاع", "أغلقت البورصة على ارتفاع بدعم من أسهم البنوك.", "ج"));
    df.add(target.terms());
    candidates.forEach(c -> df.add(c.terms()));
    assertThat(RelatedReads.choose(target, candidates, df, 5)).containsExactly(1);
  }

  @Test
  void aRepeatedSourceGivesWayToAnotherOutlet() {
    for (int i = 0; i < 5; i++) {
      df.add(range(100 * i, 100 * i + 20));
    }
    RelatedInput target = synthetic(range(1, 12), "أ", NOON);
    TermVector best = range(1, 10, 500, 501, 502, 503);
    TermVector second = range(1, 10, 600, 601, 602, 603);
    TermVector third = range(3, 10, 700, 701, 702, 703, 704, 705);
    List<RelatedInput> sameOutlet =
        List.of(synthetic(best, "ب", NOON), synthetic(second, "ب", NOON), synthetic(third, "ج", NOON));
    List<RelatedInput> threeOutlets =
        List.of(synthetic(best, "ب", NOON), synthetic(second, "د", NOON), synthetic(third, "ج", NOON));
    assertThat(RelatedReads.choose(target, threeOutlets, df, 3)).containsExactly(0, 1, 2);
    assertThat(RelatedReads.choose(target, sameOutlet, df, 3)).containsExactly(0, 2, 1);
  }

  @Test
  void newerReadsComeFirstAmongEquallyRelatedOnesAndTiesToTheLowerIndex() {
    df.add(range(1, 10));
    // Without a time for the article, relatedness cannot tell the two apart; recency can.
    RelatedInput target = new RelatedInput(range(1, 10), Set.of(), null, null);
    RelatedInput older = synthetic(range(1, 6, 50, 51), null, NOON.minus(Duration.ofDays(10)));
    RelatedInput newer = synthetic(range(1, 6, 60, 61), null, NOON.minus(Duration.ofDays(1)));
    assertThat(RelatedReads.choose(target, List.of(older, newer), df, 2)).containsExactly(1, 0);
    RelatedInput twin = synthetic(range(1, 6, 70, 71), null, older.time());
    assertThat(RelatedReads.choose(target, List.of(twin, older), df, 1)).containsExactly(0);
  }

  @Test
  void unrelatedCandidatesAndTheLimitBoundTheList() {
    RelatedInput target = synthetic(range(1, 10), null, NOON);
    List<RelatedInput> candidates = List.of(
        synthetic(range(5, 14), null, NOON), synthetic(range(10, 30), null, NOON), synthetic(range(40, 50), null, NOON));
    candidates.forEach(c -> df.add(c.terms()));
    assertThat(RelatedReads.choose(target, candidates, df, 10)).containsExactly(0);
    assertThat(RelatedReads.choose(target, candidates, df, 0)).isEmpty();
    assertThat(RelatedReads.choose(target, List.of(), df, 3)).isEmpty();
    assertThatThrownBy(() -> RelatedReads.choose(target, candidates, df, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("limit");
  }
}
