package org.marsad.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.ingest.Ingester;
import org.marsad.store.lucene.LuceneStore;

class TitleSearchEvalTest {
  @TempDir Path dir;

  private static final String[] WORDS = {
    "وزير", "الخارجية", "يبحث", "مع", "نظيره", "العلاقات", "الثنائية", "في", "العاصمة", "اليوم", "أمطار", "غزيرة", "على", "المنطقة"
  };

  private Path corpus() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String title = WORDS[i % WORDS.length] + " " + WORDS[(i * 3 + 1) % WORDS.length] + " " + WORDS[(i * 5 + 2) % WORDS.length] + " " + i;
      jsonl.append("{\"url\":\"http://news.example/").append(i).append("\",\"title\":\"").append(title)
          .append("\",\"content\":\"").append(String.join(" ", WORDS)).append(".\"}\n");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void titlesOfAnIngestedCorpusComeFirstAndTheSampleIsSeeded() throws IOException {
    Path file = corpus();
    try (org.marsad.app.stories.Storage storage = org.marsad.app.stories.Storage.open(dir.resolve("data"), m -> {})) {
      org.marsad.store.ArticleStore store = storage.store();
      new Ingester(storage, 100).ingest(List.of(file.toString()), Ingester.Progress.NONE);
      TitleSearchEval.Result r = new TitleSearchEval().run(List.of(file), 15, 3, store);
      assertThat(r.queries()).isEqualTo(15);
      assertThat(r.missing()).isZero();
      assertThat(r.top1()).isEqualTo(1.0);
      assertThat(r.misses()).isEmpty();
      assertThat(new TitleSearchEval().run(List.of(file), 15, 3, store)).isEqualTo(r);
    }
  }

  @Test
  void articlesMissingFromTheStoreAreCountedApart() throws IOException {
    Path file = corpus();
    try (LuceneStore store = LuceneStore.open(dir.resolve("empty"))) {
      TitleSearchEval.Result r = new TitleSearchEval().run(List.of(file), 10, 3, store);
      assertThat(r.missing()).isEqualTo(10);
      assertThat(r.queries()).isZero();
    }
  }
}
