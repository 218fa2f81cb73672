package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemporalTaggerTableTest {
  static Stream<Arguments> temporal() {
    return TsvCases.read("temporal.tsv").stream();
  }

  @ParameterizedTest(name = "{0}: {1} ({4})")
  @MethodSource("temporal")
  void resolvesAgainstTheReference(String where, String text, String matched, String reference, String lean,
      String start, String end, String grain) {
    List<TemporalExpression> found = new TemporalTagger(Lean.valueOf(lean)).tag(text, LocalDateTime.parse(reference));

    assertThat(found).as("expressions in %s", text).extracting(TemporalExpression::text).contains(matched);
    TemporalExpression e = found.stream().filter(x -> x.text().equals(matched)).findFirst().orElseThrow();
    assertThat(e.start()).isEqualTo(LocalDateTime.parse(start));
    assertThat(e.grain()).isEqualTo(Grain.valueOf(grain));
    if (!end.isEmpty()) {
      assertThat(e.end()).isEqualTo(LocalDateTime.parse(end));
    }
    assertThat(e.span().of(text)).isEqualTo(matched);
  }
}
