package org.marsad.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.cli.Main;
import org.marsad.store.codec.ArticleJson;

class NormalizeBenchTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    String jsonl = "{\"url\":\"http://news.example/1\",\"title\":\"أمطار غزيرة على جازان\",\"content\":\"هطلت أمطارٌ غزيرة اليوم.\"}\n"
        + "{\"url\":\"http://news.example/2\",\"title\":\"وزارة الإسكان\",\"content\":\"أعلنت الوزارة عن مبادرات جديدة.\"}\n";
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void commandEndsWithTheJsonLine() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"bench", "normalize", "--corpus", corpus().toString(), "--rounds", "1"},
        new PrintWriter(out), new PrintWriter(err), Map.of());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    JsonNode json = ArticleJson.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"task\":\"bench-normalize\",\"marsad\":{\"charsPerSecond\":");
    assertThat(json.get("marsad").get("charsPerSecond").asDouble()).isPositive();
    assertThat(json.get("lucene").get("charsPerSecond").asDouble()).isPositive();
    assertThat(json.get("ratio").asDouble()).isPositive();
    assertThat(json.get("texts").asInt()).isEqualTo(2);
  }

  @Test
  void textsStopAtTheCharBudget() throws IOException {
    Path file = corpus();
    assertThat(NormalizeBench.texts(List.of(file), 1_000)).hasSize(2);
    assertThat(NormalizeBench.texts(List.of(file), 50)).hasSize(1);
    assertThat(NormalizeBench.texts(List.of(file), 5)).isEmpty();
  }
}
