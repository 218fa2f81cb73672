package org.marsad.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchQueriesTest {
  private static final List<String> TITLES = List.of(
      "«الهلال» يتأهل إلى نهائي كأس الملك", "أمطار غزيرة على المنطقة الشرقية", "وزير الخارجية: لا تغيير في الموقف", "افتتاح معرض الكتاب");

  @Test
  void wordsDropQuotesAndPunctuationAndStrayLetters() {
    assertThat(SearchQueries.words("«الهلال» يتأهل إلى نهائي كأس الملك")).containsExactly("الهلال", "يتأهل", "إلى", "نهائي", "كأس", "الملك");
    assertThat(SearchQueries.words("وزير الخارجية: لا تغيير - و 2015")).containsExactly("وزير", "الخارجية", "لا", "تغيير", "2015");
    assertThat(SearchQueries.words("\"\" - و")).isEmpty();
  }

  @Test
  void queriesAreOneToThreeWordsOfATitleOrAQuotedPairOfThem() {
    List<String> queries = SearchQueries.cut(TITLES, 400, new Random(3));
    assertThat(queries).hasSize(400);
    boolean phrase = false;
    boolean three = false;
    for (String q : queries) {
      if (q.startsWith("\"")) {
        phrase = true;
        assertThat(q).endsWith("\"");
        assertThat(q.substring(1, q.length() - 1).split(" ")).hasSize(2);
      } else {
        assertThat(q).doesNotContain("\"");
        assertThat(q.split(" ").length).isBetween(1, 3);
        three |= q.split(" ").length == 3;
      }
      String words = q.replace("\"", "");
      assertThat(TITLES.stream().map(t -> String.join(" ", SearchQueries.words(t)))).anyMatch(t -> t.contains(words));
    }
    assertThat(phrase).isTrue();
    assertThat(three).isTrue();
  }

  @Test
  void theSameSeedCutsTheSameQueries() {
    assertThat(SearchQueries.cut(TITLES, 50, new Random(9))).isEqualTo(SearchQueries.cut(TITLES, 50, new Random(9)));
  }
}
