package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.utc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.SearchRequest;

class LuceneStoreForEachArticleTest {
  @TempDir Path dir;

  private static List<String> ids(LuceneStore store, @Nullable SearchRequest filter) throws IOException {
    List<String> ids = new ArrayList<>();
    store.forEachArticle(filter, a -> ids.add(a.id()));
    return ids;
  }

  private static SearchRequest filter(String query, @Nullable String source, @Nullable LocalDate from, @Nullable LocalDate to) {
    return new SearchRequest(query, source, from, to, 0, 1);
  }

  private static void fixture(LuceneStore store) throws IOException {
    store.upsert(article("mid", "أمطار غزيرة في البصرة", "سيول", "الجزيرة", utc(2024, 5, 2, 8, 0, 0)));
    store.upsert(article("undated", "انتخابات بلدية", "نص", "العربية", null));
    store.count(); // two segments
    store.upsert(article("new", "أمطار في بغداد", "سيول", "العربية", utc(2024, 6, 1, 0, 0, 0)));
    store.upsert(article("old", "معرض الكتاب", "نص", "الجزيرة", utc(2023, 1, 1, 0, 0, 0)));
  }

  @Test
  void everyArticleIsVisitedEarliestFirstUndatedLastWithAllItsFields() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      fixture(store);
      assertThat(ids(store, null)).containsExactly("old", "mid", "new", "undated");
      List<Article> seen = new ArrayList<>();
      store.forEachArticle(null, seen::add);
      assertThat(seen.get(1)).isEqualTo(store.find("mid").orElseThrow());
    }
  }

  @Test
  void aQuerySelectsItsMatchesInDateOrderNotByScore() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      fixture(store);
      assertThat(ids(store, filter("امطار", null, null, null))).containsExactly("mid", "new");
      assertThat(ids(store, filter("!!!", null, null, null))).isEmpty();
    }
  }

  @Test
  void sourceAndDateFiltersSelectAsSearchDoes() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      fixture(store);
      assertThat(ids(store, filter("", "الجزيرة", null, null))).containsExactly("old", "mid");
      assertThat(ids(store, filter("", null, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 6, 1)))).containsExactly("mid", "new");
      assertThat(ids(store, filter("", "العربية", LocalDate.of(2024, 1, 1), null))).containsExactly("new");
    }
  }

  @Test
  void pagesOfEqualDatesNeitherRepeatNorSkipAndUpdatesAreSeenOnce() throws IOException {
    int n = ArticleScan.PAGE * 2 + 17;
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < n; i++) {
        store.upsert(article("a" + i, "خبر", "نص " + i, null, i % 3 == 0 ? null : utc(2024, 1, 1 + i % 2, 0, 0, 0)));
        if (i % 100 == 0) {
          store.count(); // many segments
        }
      }
      store.upsert(article("a5", "خبر معدل", "نص جديد", null, utc(2024, 1, 2, 0, 0, 0)));
      List<String> ids = ids(store, null);
      assertThat(ids).hasSize(n).doesNotHaveDuplicates();
      assertThat(ids.subList(ids.size() - (n + 2) / 3, ids.size())).allMatch(id -> Integer.parseInt(id.substring(1)) % 3 == 0);
    }
  }
}
