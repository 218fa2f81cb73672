package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.SearchRequest;
import org.marsad.store.UpsertResult;

class LuceneStoreConcurrencyTest {
  @TempDir Path dir;

  @Test
  void concurrentWritersOnOverlappingIdsAndReadersAgreeOnTheCount() throws Exception {
    int threads = 4;
    int perThread = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try (LuceneStore store = LuceneStore.open(dir)) {
      List<Future<Integer>> created = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        // Every writer upserts the same ids: exactly one of them may report CREATED per id.
        created.add(pool.submit(() -> {
          int n = 0;
          for (int i = 0; i < perThread; i++) {
            if (store.upsert(article("id" + i, "shared title " + i, "same body")) == UpsertResult.CREATED) {
              n++;
            }
          }
          return n;
        }));
      }
      Future<?> reader = pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          assertThat(store.search(SearchRequest.of("shared")).total()).isBetween(0L, (long) perThread);
        }
        return null;
      });
      int total = 0;
      for (Future<Integer> f : created) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      reader.get(60, TimeUnit.SECONDS);
      assertThat(total).isEqualTo(perThread);
      assertThat(store.count()).isEqualTo(perThread);
    } finally {
      pool.shutdownNow();
    }
  }
}
