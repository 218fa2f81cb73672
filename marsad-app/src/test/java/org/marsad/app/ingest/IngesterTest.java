package org.marsad.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.stories.Storage;
import org.marsad.app.stories.StoryFixtures;
import org.marsad.ingest.ArticleIds;
import org.marsad.store.Placement;
import org.marsad.store.codec.ArticleJson;

/** Ingest through the placing store, reading ahead of what it stores. */
class IngesterTest {
  @TempDir Path dir;

  @Test
  void articlesReadAheadAreStoredInFileOrderWithTheirPlacements() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    int n = org.marsad.pipeline.Pipeline.LOOK_AHEAD * 2 + 5;
    for (int i = 0; i < n; i++) {
      // Every tenth record copies the agency release; the others are short distinct items.
      String content = i % 10 == 0 ? String.join("\n", StoryFixtures.FAIR_BODY) : "خبر قصير رقم " + i + " عن موضوع مختلف تماماً في مدينة " + i;
      ObjectNode r = ArticleJson.mapper().createObjectNode().put("url", "https://example.org/" + i).put("title", "عنوان " + i)
          .put("source", "مصدر " + (i % 3)).put("date", "2024-03-12T10:00:00Z").put("content", content);
      jsonl.append(r).append('\n');
    }
    Path file = Files.writeString(dir.resolve("items.jsonl"), jsonl);

    try (Storage storage = Storage.open(dir.resolve("data"), m -> {})) {
      IngestSummary first = new Ingester(storage, 7).ingest(List.of(file.toString()), Ingester.Progress.NONE);
      assertThat(first.created()).isEqualTo((long) n);
      long previous = -1;
      for (int i = 0; i < n; i++) {
        Placement p = storage.store().placement(ArticleIds.forUrl("https://example.org/" + i)).orElseThrow();
        assertThat(p.sequence()).isGreaterThan(previous);
        previous = p.sequence();
        if (i % 10 == 0) {
          assertThat(p.groupId()).isEqualTo(ArticleIds.forUrl("https://example.org/0"));
        }
      }
      IngestSummary second = new Ingester(storage, 7).ingest(List.of(file.toString()), Ingester.Progress.NONE);
      assertThat(second.unchanged()).isEqualTo((long) n);
    }
  }

  @Test
  void oneIngestLearnsWhatASiteRepeatsAcrossItsPages() throws Exception {
    String motto = "صحيفة الساحل.. أقرب إليك من البحر";
    List<String> topics = List.of("الميناء", "السوق", "المدرسة");
    for (int i = 0; i < topics.size(); i++) {
      String t = topics.get(i);
      String prose = "تحدث سكان المدينة اليوم عن " + t + "، وقالوا إن العمل فيه تحسن كثيرا خلال الأشهر الماضية، بعد سنوات من الإهمال والانتظار. ";
      Files.writeString(dir.resolve("page-" + i + ".html"), "<html><head><title>أخبار " + t + "</title>"
          + "<link rel='canonical' href='https://sahel.example/news/" + i + "'></head><body><article><h1>أخبار " + t + "</h1>"
          + "<p>" + prose + "</p><p>" + motto + "</p><p>" + prose.replace("اليوم", "أمس") + "</p></article></body></html>");
    }

    try (Storage storage = Storage.open(dir.resolve("data"), m -> {})) {
      new Ingester(storage, 10).ingest(List.of(dir.resolve("page-*.html").toString()), Ingester.Progress.NONE);
      // The first page is read before anything repeats; the later ones lose the motto.
      assertThat(storage.store().find(ArticleIds.forUrl("https://sahel.example/news/0")).orElseThrow().body()).contains(motto);
      assertThat(storage.store().find(ArticleIds.forUrl("https://sahel.example/news/1")).orElseThrow().body()).hasSize(2).doesNotContain(motto);
      assertThat(storage.store().find(ArticleIds.forUrl("https://sahel.example/news/2")).orElseThrow().body()).hasSize(2).doesNotContain(motto);
    }
  }
  @Test
  void problemsBeyondTheCapAreCountedAsWhatTheyAre() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    int each = Ingester.MAX_DIAGNOSTICS; // twice the cap of problems in all, half of them errors
    for (int i = 0; i < each; i++) {
      // a record with neither title, body nor URL is skipped (an error); one with a title only is stored (a warning)
      jsonl.append(ArticleJson.mapper().createObjectNode().put("source", "مصدر").put("date", "2024-03-12")).append('\n');
      jsonl.append(ArticleJson.mapper().createObjectNode().put("url", "https://example.org/title/" + i).put("title", "عنوان وحده " + i)
          .put("date", "2024-03-12")).append('\n');
    }
    jsonl.append(ArticleJson.mapper().createObjectNode().put("url", "https://example.org/whole").put("title", "عنوان")
        .put("date", "2024-03-12").put("content", "نص كامل للخبر")).append('\n');
    Path file = Files.writeString(dir.resolve("items.jsonl"), jsonl);

    try (Storage storage = Storage.open(dir.resolve("data"), m -> {})) {
      IngestSummary s = new Ingester(storage, 7).ingest(List.of(file.toString()), Ingester.Progress.NONE);
      assertThat(s.created()).isEqualTo(each + 1L);
      assertThat(s.skipped()).isEqualTo(each);
      assertThat(s.warnings()).isEqualTo(each);
      assertThat(s.reasons()).anySatisfy(r -> assertThat(r).contains(each + " more problems not listed", (each / 2) + " records skipped"));
    }
  }
}
