package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.RelatedRef;
import org.marsad.store.SearchRequest;
import org.marsad.store.UpsertResult;

class LuceneStoreUpsertTest {
  @TempDir Path dir;

  @Test
  void sameArticleTwiceIsStoredOnceAndReportedUnchanged() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Article a = article("a1", "Floods in Basra", "Heavy rain flooded streets.");
      assertThat(store.upsert(a)).isEqualTo(UpsertResult.CREATED);
      assertThat(store.upsert(a)).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void changedTitleReplacesTheArticle() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a1", "Floods in Basra", "Heavy rain flooded streets."));
      store.commit();
      assertThat(store.upsert(article("a1", "Storm hits Mosul", "Heavy rain flooded streets."))).isEqualTo(UpsertResult.UPDATED);

      assertThat(store.count()).isEqualTo(1);
      assertThat(store.search(SearchRequest.of("Mosul")).hits()).extracting(h -> h.title()).containsExactly("Storm hits Mosul");
      assertThat(store.search(SearchRequest.of("Basra")).total()).isZero();
    }
  }

  @Test
  void repeatedIdsWithinOneUncommittedBatchKeepTheLastVersion() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      Article v1 = article("a1", "first", "text one");
      Article v2 = article("a1", "second", "text two");
      assertThat(store.upsert(v1)).isEqualTo(UpsertResult.CREATED);
      assertThat(store.upsert(v2)).isEqualTo(UpsertResult.UPDATED);
      assertThat(store.upsert(v2)).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(store.upsert(v1)).isEqualTo(UpsertResult.UPDATED);
      assertThat(store.upsert(article("b1", "other", "text"))).isEqualTo(UpsertResult.CREATED);

      assertThat(store.count()).isEqualTo(2);
      assertThat(store.find("a1")).contains(v1);
    }
  }

  @Test
  void twentyThousandUpsertsWithRepeatsGiveAnExactCount() throws IOException {
    Map<UpsertResult, Integer> results = new EnumMap<>(UpsertResult.class);
    int n = 20_000;
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < n; i++) {
        results.merge(store.upsert(article("id" + i, "title " + i, "body " + i)), 1, Integer::sum);
        if (i % 1000 == 999) {
          // Repeats reach back across the reader refresh that happens every 10k writes.
          int old = i - 999;
          results.merge(store.upsert(article("id" + old, "title " + old, "body " + old)), 1, Integer::sum);
          results.merge(store.upsert(article("id" + i, "changed " + i, "body " + i)), 1, Integer::sum);
        }
      }
      assertThat(store.count()).isEqualTo(n);
      assertThat(results).containsEntry(UpsertResult.CREATED, n).containsEntry(UpsertResult.UNCHANGED, 20).containsEntry(UpsertResult.UPDATED, 20);
      assertThat(store.find("id19999").orElseThrow().title()).isEqualTo("changed 19999");
      assertThat(store.upsert(article("id5", "title 5", "body 5"))).isEqualTo(UpsertResult.UNCHANGED);
    }
  }

  @Test
  void findRoundTripsEveryField() throws IOException {
    Published published = new Published(LocalDateTime.of(2024, 11, 24, 6, 53), ZoneOffset.ofHours(2), "الأحد 24 نوفمبر 2024 06:53", Precision.MINUTE);
    Published relatedDay = new Published(LocalDateTime.of(2024, 1, 30, 0, 0), null, "30/01/2024", Precision.DAY);
    Article full = new Article(
        "full-1",
        "https://example.org/news/1",
        "عنوان الخبر",
        List.of("الفقرة الأولى.", "الفقرة الثانية."),
        published,
        "الجزيرة نت",
        List.of(new Credit(Credit.Role.AUTHOR, "سارة علي"), new Credit(Credit.Role.WIRE, "فرانس24"), new Credit(Credit.Role.WIRE, "رويترز")),
        List.of("العراق", "الطقس"),
        List.of(new RelatedRef("rel-1", "خبر ذو صلة", "بي بي سي", relatedDay, "https://example.org/news/0"), new RelatedRef("rel-2", "آخر", null, null)),
        new Provenance("archive.zip!/page-3.html#2", "aggregator-page", "parent-9", List.of("title derived from body")));
    Article bare = article("bare-1", "Title only", "");
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(full);
      store.upsert(bare);
      assertThat(store.find("full-1")).contains(full);
      assertThat(store.find("bare-1")).contains(bare);
      assertThat(store.find("missing")).isEmpty();
    }
  }

  @Test
  void reopeningKeepsEverything() throws IOException {
    Article a = article("a1", "Floods in Basra", "Heavy rain flooded streets.", "Shafaq", TestArticles.utc(2024, 3, 1, 10, 0, 0));
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(a);
      store.upsert(article("a2", "Dust storm", "Flights delayed."));
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.find("a1")).contains(a);
      assertThat(store.search(SearchRequest.of("flooded")).hits()).extracting(h -> h.id()).containsExactly("a1");
      assertThat(store.upsert(a)).isEqualTo(UpsertResult.UNCHANGED);
    }
  }

  @Test
  void aFolderInUseCannotBeOpenedTwice() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a1", "t", "b"));
      assertThatThrownBy(() -> LuceneStore.open(dir)).isInstanceOf(IOException.class).hasMessageContaining(dir.toString()).hasMessageContaining("locked");
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void openCreatesMissingFolders() throws IOException {
    Path nested = dir.resolve("a/b/index");
    try (LuceneStore store = LuceneStore.open(nested)) {
      assertThat(store.count()).isZero();
      assertThat(store.stats().articles()).isZero();
    }
    assertThat(nested).isDirectory();
  }
}
