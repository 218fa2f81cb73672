package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {
  @Test
  void splitsQuotedPhrasesFromFreeWords() {
    QueryText q = QueryText.parse("gaza \"security council\" vote «وقف إطلاق النار»");
    assertThat(q.phrases()).containsExactly("security council", "وقف إطلاق النار");
    assertThat(q.free().split("\\s+")).containsExactly("gaza", "vote");
  }

  @Test
  void anUnclosedQuoteIsFreeText() {
    QueryText q = QueryText.parse("a \"b c");
    assertThat(q.phrases()).isEmpty();
    assertThat(q.free()).contains("a").contains("b c");
  }

  @Test
  void emptyQuotesAreIgnored() {
    assertThat(QueryText.parse("\"\" x").phrases()).isEqualTo(List.of());
  }

  @Test
  void minimumShouldMatchIsAllUpToTwoWordsThenAboutSeventyPercent() {
    assertThat(List.of(1, 2, 3, 4, 5, 10).stream().map(QueryBuilder::minimumShouldMatch).toList())
        .containsExactly(1, 2, 2, 3, 4, 7);
  }
}
