package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.SearchRequest;

class LuceneStoreCrashTest {
  @TempDir Path dir;

  private final Article a = article("a", "Committed one", "first");
  private final Article b = article("b", "Committed two", "second");
  private final Article bChanged = article("b", "Changed after commit", "second");

  @Test
  void afterAbandoningTheWriterOnlyCommittedWorkRemains() throws IOException {
    LuceneStore store = LuceneStore.open(dir);
    store.upsert(a);
    store.upsert(b);
    store.commit();
    store.upsert(bChanged);
    store.upsert(article("c", "Never committed", "third"));
    assertThat(store.count()).isEqualTo(3);
    store.abandon();

    assertCommittedStateOnly(dir);
  }

  /**
   * Closer to a kill: the folder is copied while the writer is open and has flushed uncommitted
   * segments to disk, then the copy is opened as a fresh process would after a crash.
   */
  @Test
  void aFolderSnapshotTakenMidIngestOpensAtTheLastCommit() throws IOException {
    Path snapshot = dir.resolve("snapshot");
    try (LuceneStore store = LuceneStore.open(dir.resolve("live"))) {
      store.upsert(a);
      store.upsert(b);
      store.commit();
      store.upsert(bChanged);
      for (int i = 0; i < 50; i++) {
        store.upsert(article("extra" + i, "Never committed", "more"));
      }
      assertThat(store.count()).isEqualTo(52); // also flushes the uncommitted segment to disk
      copyFolder(dir.resolve("live"), snapshot);
    }
    assertCommittedStateOnly(snapshot);
  }

  private void assertCommittedStateOnly(Path folder) throws IOException {
    try (LuceneStore reopened = LuceneStore.open(folder)) {
      assertThat(reopened.count()).isEqualTo(2);
      assertThat(reopened.find("a")).contains(a);
      assertThat(reopened.find("b")).contains(b);
      assertThat(reopened.find("c")).isEmpty();
      assertThat(reopened.search(SearchRequest.of("committed")).total()).isEqualTo(2);
      reopened.upsert(article("d", "After restart", "fourth"));
      assertThat(reopened.count()).isEqualTo(3);
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    List<Path> files;
    try (Stream<Path> list = Files.list(from)) {
      files = list.toList();
    }
    for (Path f : files) {
      if (f.getFileName().toString().equals("write.lock")) {
        continue;
      }
      try {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      } catch (NoSuchFileException e) {
        // A merge removed the file while copying; a crash at that moment would not have it either.
      }
    }
  }
}
