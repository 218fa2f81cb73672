package org.marsad.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.codec.ArticleJson;

class SearchBenchTest {
  @TempDir Path dir;

  /** Five short news items in the shape of a JSONL export; the text is ours. */
  private Path corpus() throws IOException {
    String[][] items = {
      {"وزير الخارجية يبحث مع نظيره العلاقات الثنائية", "بحث وزير الخارجية اليوم مع نظيره العلاقات الثنائية بين البلدين."},
      {"أمطار غزيرة على المنطقة الشرقية", "هطلت أمطار غزيرة على المنطقة الشرقية صباح اليوم."},
      {"افتتاح معرض الكتاب في العاصمة", "افتتح معرض الكتاب في العاصمة بمشاركة مئات الناشرين."},
      {"ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط في الأسواق العالمية للأسبوع الثاني."},
      {"المنتخب الوطني يفوز في مباراة ودية", "فاز المنتخب الوطني في مباراة ودية أقيمت مساء أمس."},
    };
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      jsonl.append("{\"url\":\"http://news.example/").append(i).append("\",\"title\":\"").append(items[i][0])
          .append("\",\"content\":\"").append(items[i][1]).append("\"}\n");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void jsonHasBothPathsWithPositiveFigures() throws Exception {
    Path file = corpus();
    Files.createDirectories(dir.resolve("scratch"));
    SearchBench.Result r = new SearchBench().run(List.of(file), 30, 3, 7, dir.resolve("scratch"));

    JsonNode json = ArticleJson.mapper().readTree(ArticleJson.mapper().writeValueAsString(r.toJson()));
    assertThat(json.path("task").asText()).isEqualTo("bench-search");
    assertThat(json.path("articles").asLong()).isEqualTo(5);
    assertThat(json.path("queries").asInt()).isEqualTo(30);
    assertThat(json.path("clients").asInt()).isEqualTo(3);
    assertThat(json.path("checked").asInt()).isEqualTo(30);
    assertThat(json.path("cores").asInt()).isPositive();
    for (String side : List.of("api", "direct")) {
      for (String field : List.of("p50Ms", "p95Ms", "p99Ms", "qps")) {
        assertThat(json.path(side).path(field).isNumber()).as(side + "." + field).isTrue();
        assertThat(json.path(side).path(field).asDouble()).as(side + "." + field).isPositive();
      }
      assertThat(json.path(side).path("p50Ms").asDouble()).isLessThanOrEqualTo(json.path(side).path("p99Ms").asDouble());
    }
    assertThat(json.path("ratio").asDouble()).isPositive();
  }

  @Test
  void aCorpusWithoutTitlesIsRefusedByName() throws IOException {
    Path file = dir.resolve("empty.jsonl");
    Files.writeString(file, "", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new SearchBench().run(List.of(file), 10, 2, 1, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }
}
