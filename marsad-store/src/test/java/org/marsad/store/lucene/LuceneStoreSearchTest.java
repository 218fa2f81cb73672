package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.utc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Span;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

class LuceneStoreSearchTest {
  @TempDir Path dir;

  private static SearchRequest filtered(String query, String source, LocalDate from, LocalDate to) {
    return new SearchRequest(query, source, from, to, 0, 100);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void blankQueryListsNewestFirstWithUndatedLastAndPages() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("mid", "b", "x", null, utc(2024, 5, 2, 8, 0, 0)));
      store.upsert(article("undated", "d", "x"));
      store.upsert(article("new", "a", "x", null, utc(2024, 6, 1, 0, 0, 0)));
      store.upsert(article("old", "c", "x", null, utc(2023, 1, 1, 0, 0, 0)));

      SearchResult all = store.search(SearchRequest.of("  "));
      assertThat(all.total()).isEqualTo(4);
      assertThat(ids(all)).containsExactly("new", "mid", "old", "undated");
      assertThat(all.hits()).allSatisfy(h -> assertThat(h.highlights()).isEmpty());

      SearchResult page = store.search(new SearchRequest("", null, null, null, 1, 2));
      assertThat(page.total()).isEqualTo(4);
      assertThat(ids(page)).containsExactly("mid", "old");
      assertThat(store.search(new SearchRequest("", null, null, null, 10, 2)).hits()).isEmpty();
    }
  }

  @Test
  void hitsCarryStoredFields() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      var published = TestArticles.at(LocalDateTime.of(2024, 2, 3, 9, 30), ZoneOffset.ofHours(3));
      store.upsert(article("a1", "Cairo talks resume", "Delegates met in Cairo.", "Ahram", published));
      SearchHit hit = store.search(SearchRequest.of("cairo")).hits().get(0);
      assertThat(hit.id()).isEqualTo("a1");
      assertThat(hit.title()).isEqualTo("Cairo talks resume");
      assertThat(hit.source()).isEqualTo("Ahram");
      assertThat(hit.published()).isEqualTo(published);
      assertThat(hit.score()).isPositive();
    }
  }

  @Test
  void sourceFilterComparesNormalizedKeysAndDoesNotScore() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("j1", "rain", "rain in doha", "الجزيرة نت", null));
      store.upsert(article("b1", "rain", "rain in london", "BBC عربي", null));
      store.upsert(article("n1", "rain", "rain somewhere", null, null));

      assertThat(ids(store.search(filtered("rain", "الجزيرة  نت", null, null)))).containsExactly("j1");
      assertThat(ids(store.search(filtered("rain", "الجزيرةنت", null, null)))).containsExactly("j1");
      assertThat(ids(store.search(filtered("", "bbc عربي", null, null)))).containsExactly("b1");
      assertThat(store.search(filtered("rain", "رويترز", null, null)).total()).isZero();
      assertThat(store.search(filtered("rain", " ", null, null)).total()).isEqualTo(3);
    }
  }

  @Test
  void dateFiltersAreInclusiveUtcDays() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("lastSecond", "t", "news", null, utc(2024, 3, 10, 23, 59, 59)));
      store.upsert(article("midnight", "t", "news", null, utc(2024, 3, 11, 0, 0, 0)));
      // 02:00 in Baghdad is 23:00 UTC the day before.
      store.upsert(article("baghdad", "t", "news", null, TestArticles.at(LocalDateTime.of(2024, 3, 11, 2, 0), ZoneOffset.ofHours(3))));
      store.upsert(article("undated", "t", "news"));
      LocalDate tenth = LocalDate.of(2024, 3, 10);
      LocalDate eleventh = LocalDate.of(2024, 3, 11);

      assertThat(ids(store.search(filtered("news", null, tenth, tenth)))).containsExactlyInAnyOrder("lastSecond", "baghdad");
      assertThat(ids(store.search(filtered("news", null, eleventh, null)))).containsExactly("midnight");
      assertThat(ids(store.search(filtered("", null, null, tenth)))).containsExactlyInAnyOrder("lastSecond", "baghdad");
      assertThat(ids(store.search(filtered("", null, tenth, eleventh)))).hasSize(3).doesNotContain("undated");
      assertThat(store.search(filtered("", null, eleventh.plusDays(1), null)).total()).isZero();
    }
  }

  @Test
  void highlightsMarkExactlyTheMatchedWordsInTheOriginalText() throws IOException {
    String first = "Ministers met in Cairo on Sunday.";
    String second = "قالَ الرئيسُ إنّ الاتِّفاق قريبٌ جداً.";
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(new org.marsad.model.Article("h1", null, "Cairo summit ends", List.of(first, second), null, null,
          List.of(), List.of(), List.of(), org.marsad.model.Provenance.of("t", "t")));

      SearchHit hit = store.search(SearchRequest.of("الاتِّفاق")).hits().get(0);
      assertThat(hit.highlights()).hasSize(1);
      var body = hit.highlights().get(0);
      assertThat(body.field()).isEqualTo("body");
      assertThat(body.text()).isEqualTo(second);
      assertThat(body.matches()).extracting(s -> s.of(body.text())).containsExactly("الاتِّفاق");

      SearchHit cairo = store.search(SearchRequest.of("cairo sunday")).hits().get(0);
      var title = cairo.highlights().get(0);
      assertThat(title.field()).isEqualTo("title");
      assertThat(title.text()).isEqualTo("Cairo summit ends");
      assertThat(title.matches()).containsExactly(new Span(0, 5));
      var bodyHit = cairo.highlights().get(1);
      assertThat(bodyHit.text()).isEqualTo(first);
      assertThat(bodyHit.matches()).extracting(s -> s.of(first)).containsExactly("Cairo", "Sunday");
    }
  }

  @Test
  void quotedPhrasesAreRequiredAndOtherWordsNeedNotAllMatch() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("p1", "t", "the security council met today about gaza"));
      store.upsert(article("p2", "t", "the council for security met today"));
      store.upsert(article("p3", "t", "markets were calm"));

      assertThat(ids(store.search(SearchRequest.of("\"security council\"")))).containsExactly("p1");
      assertThat(ids(store.search(SearchRequest.of("«security council» met")))).containsExactly("p1");
      // Three words need two matches; one stray word still finds both council articles.
      assertThat(ids(store.search(SearchRequest.of("council met tokyo")))).containsExactlyInAnyOrder("p1", "p2");
      assertThat(store.search(SearchRequest.of("council tokyo")).total()).isZero();
    }
  }

  @Test
  void userInputNeverBreaksTheQuery() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("x1", "title", "plain words here"));
      for (String q : List.of("\"unclosed words", "title:(foo", "*?~^ AND OR NOT", "\"\"", "!!!", "\\", "a".repeat(1000), "w ".repeat(499), manyDistinctWords())) {
        assertThat(store.search(SearchRequest.of(q))).isNotNull();
      }
      assertThat(ids(store.search(SearchRequest.of("\"plain words")))).containsExactly("x1");
      assertThat(store.search(SearchRequest.of("!!!")).total()).isZero();
      assertThatThrownBy(() -> store.search(SearchRequest.of("a".repeat(1001))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("query");
    }
  }

  /** 300 different two-letter words: more clauses than Lucene allows if every word became some. */
  private static String manyDistinctWords() {
    return String.join(" ", java.util.stream.IntStream.range(0, 300)
        .mapToObj(i -> new String(new char[] {(char) ('a' + i / 26), (char) ('a' + i % 26)}))
        .toList());
  }

  @Test
  void uncommittedUpsertsAreSearchable() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("u1", "Drought in Syria", "Wells ran dry."));
      assertThat(ids(store.search(SearchRequest.of("drought")))).containsExactly("u1");
      store.upsert(article("u2", "Drought again", "More wells ran dry."));
      assertThat(store.search(SearchRequest.of("drought")).total()).isEqualTo(2);
    }
  }
}
