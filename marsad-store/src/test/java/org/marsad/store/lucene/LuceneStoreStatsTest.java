package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.utc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.StoreStats;

class LuceneStoreStatsTest {
  @TempDir Path dir;

  @Test
  void countsLiveArticlesPerSourceMostFirstWithDateRange() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "t", "b", "رويترز", utc(2024, 1, 5, 0, 0, 0)));
      store.upsert(article("b", "t", "b", "الجزيرة", utc(2023, 12, 31, 22, 0, 0)));
      store.upsert(article("c", "t", "b", "الجزيرة", utc(2024, 2, 1, 12, 0, 0)));
      store.upsert(article("d", "t", "b"));
      store.commit();
      // Replacing an article must not count its old version, nor keep its old date.
      store.upsert(article("c", "t2", "b", "الجزيرة", utc(2024, 1, 20, 12, 0, 0)));

      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(4);
      assertThat(stats.sources()).containsExactly(
          java.util.Map.entry("الجزيرة", 2L), java.util.Map.entry("رويترز", 1L));
      assertThat(stats.earliest()).isEqualTo(Instant.parse("2023-12-31T22:00:00Z"));
      assertThat(stats.latest()).isEqualTo(Instant.parse("2024-01-20T12:00:00Z"));
    }
  }

  @Test
  void emptyStoreHasNoDates() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isZero();
      assertThat(stats.sources()).isEmpty();
      assertThat(stats.earliest()).isNull();
      assertThat(stats.latest()).isNull();
    }
  }
}
