package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.SearchRequest;

/** A real kill -9 of a writing process: the committed articles must all be there, nothing corrupt. */
class LuceneStoreKillTest {
  @TempDir Path dir;

  @Test
  void killingAWritingProcessKeepsEverythingCommitted() throws Exception {
    Path folder = dir.resolve("store");
    Path marker = dir.resolve("committed.marker");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(
            java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            CrashChild.class.getName(), folder.toString(), marker.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(marker).as("child log: %s", log(dir)).exists();
      Thread.sleep(700); // let it write and flush uncommitted work
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    try (LuceneStore store = LuceneStore.open(folder)) {
      assertThat(store.count()).isEqualTo(CrashChild.COMMITTED);
      for (int i = 0; i < CrashChild.COMMITTED; i += 37) {
        assertThat(store.find("c" + i)).isPresent();
      }
      assertThat(store.search(SearchRequest.of("committed")).total()).isEqualTo(CrashChild.COMMITTED);
    }
  }

  private static String log(Path dir) throws IOException {
    Path log = dir.resolve("child.log");
    return Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.UTF_8) : "(none)";
  }
}
