package org.marsad.store.lucene;

import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link LuceneStoreKillTest}: commits a known set of articles, signals
 * through a marker file, then keeps writing uncommitted articles until it is killed.
 */
final class CrashChild {
  static final int COMMITTED = 300;

  private CrashChild() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Path marker = Path.of(args[1]);
    LuceneStore store = LuceneStore.open(folder);
    for (int i = 0; i < COMMITTED; i++) {
      store.upsert(article("c" + i, "committed " + i, "body " + i));
    }
    store.commit();
    Files.writeString(marker, "committed", StandardCharsets.UTF_8);
    for (long i = 0; ; i++) {
      store.upsert(article("u" + i, "uncommitted " + i, "body " + i));
      if (i % 500 == 0) {
        store.count(); // flushes a segment to disk, so the kill lands amid real uncommitted files
      }
    }
  }
}
