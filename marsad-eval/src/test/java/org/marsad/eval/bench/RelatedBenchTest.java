package org.marsad.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.codec.ArticleJson;

class RelatedBenchTest {
  @TempDir Path dir;

  /** Six short items of two stories in the shape of a JSONL export; the text is ours. */
  private Path corpus() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      String text = i % 2 == 0
          ? "ارتفعت أسعار النفط في الأسواق العالمية للأسبوع " + (i + 1) + " على التوالي بعد قرار خفض الإنتاج."
          : "هطلت أمطار غزيرة على المنطقة الشرقية صباح اليوم رقم " + (i + 1) + " وأغلقت الطرق في المدينة.";
      jsonl.append("{\"url\":\"http://news.example/").append(i).append("\",\"title\":\"خبر ").append(i)
          .append("\",\"date\":\"2024-03-1").append(i).append("\",\"content\":\"").append(text).append("\"}\n");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void bothSidesAreTimedOnTheSameSampledArticles() throws Exception {
    Files.createDirectories(dir.resolve("scratch"));
    RelatedBench.Result r = new RelatedBench().run(List.of(corpus()), 4, 3, dir.resolve("scratch"));

    JsonNode json = ArticleJson.mapper().readTree(ArticleJson.mapper().writeValueAsString(r.toJson()));
    assertThat(json.path("task").asText()).isEqualTo("bench-related");
    assertThat(json.path("articles").asLong()).isEqualTo(6);
    assertThat(json.path("reads").asInt()).isEqualTo(4);
    for (String side : List.of("marsad", "lucene")) {
      for (String field : List.of("p50Ms", "p95Ms", "p99Ms", "qps")) {
        assertThat(json.path(side).path(field).asDouble()).as(side + "." + field).isPositive();
      }
    }
    assertThat(json.path("ratio").asDouble()).isPositive();
  }

  @Test
  void aSampleOfNothingIsRefused() {
    assertThatThrownBy(() -> new RelatedBench().run(List.of(dir.resolve("none.jsonl")), 0, 1, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads");
  }
}
