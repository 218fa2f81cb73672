package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.TermVector;

class RelatednessPropertiesTest {
  private static final List<String> PLACES = List.of("مصر", "ليبيا", "اليمن", "القاهره", "تونس");
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");

  @Provide
  Arbitrary<RelatedInput> inputs() {
    Arbitrary<TermVector> terms = Arbitraries.longs().between(0, 30).list().ofMaxSize(15)
        .map(ts -> Vectors.terms(ts.stream().mapToLong(Long::longValue).toArray()));
    Arbitrary<Set<String>> places = Arbitraries.of(PLACES).set().ofMaxSize(3);
    Arbitrary<Instant> times = Arbitraries.longs().between(-90 * 24, 90 * 24)
        .map(h -> NOON.plus(Duration.ofHours(h))).injectNull(0.2);
    return Combinators.combine(terms, places, times).as((t, p, time) -> new RelatedInput(t, p, time, null));
  }

  @Provide
  Arbitrary<DocumentFrequencies> tables() {
    return inputs().list().ofMaxSize(6).map(docs -> {
      DocumentFrequencies df = new DocumentFrequencies();
      docs.forEach(d -> df.add(d.terms()));
      return df;
    });
  }

  @Property
  void scoresAreSymmetricAndBounded(
      @ForAll("inputs") RelatedInput a, @ForAll("inputs") RelatedInput b, @ForAll("tables") DocumentFrequencies df) {
    double ab = Relatedness.score(a, b, df);
    assertThat(ab).isBetween(0.0, 1.0).isEqualTo(Relatedness.score(b, a, df));
  }

  @Property
  void namingOneMoreCommonPlaceNeverLowersTheScore(
      @ForAll("inputs") RelatedInput a, @ForAll("inputs") RelatedInput b, @ForAll("tables") DocumentFrequencies df) {
    String extra = "بغداد";
    double before = Relatedness.score(a, b, df);
    double after = Relatedness.score(withPlace(a, extra), withPlace(b, extra), df);
    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property
  void movingApartInTimeNeverRaisesTheScore(
      @ForAll("inputs") RelatedInput a,
      @ForAll("inputs") RelatedInput b,
      @ForAll @IntRange(min = 0, max = 1_000) int hours,
      @ForAll("tables") DocumentFrequencies df) {
    RelatedInput at = new RelatedInput(a.terms(), a.places(), NOON, null);
    RelatedInput near = new RelatedInput(b.terms(), b.places(), NOON.plus(Duration.ofHours(hours)), null);
    RelatedInput far = new RelatedInput(b.terms(), b.places(), NOON.plus(Duration.ofHours(hours + 5L)), null);
    assertThat(Relatedness.score(at, far, df)).isLessThanOrEqualTo(Relatedness.score(at, near, df));
  }

  private static RelatedInput withPlace(RelatedInput in, String place) {
    Set<String> places = new HashSet<>(in.places());
    places.add(place);
    return new RelatedInput(in.terms(), places, in.time(), in.source());
  }
}
