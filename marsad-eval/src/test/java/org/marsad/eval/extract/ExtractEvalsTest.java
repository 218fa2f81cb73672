package org.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.cli.Main;
import org.marsad.store.codec.ArticleJson;

class ExtractEvalsTest {
  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(ExtractEvalsTest.class.getResource("/extract/" + name), name).toURI());
  }

  /** The Zyte layout with gzip pages, built from the plain fixtures. */
  private Path zyteGold() throws Exception {
    Path src = resource("zyte");
    Files.createDirectories(dir.resolve("html"));
    Files.copy(src.resolve("ground-truth.json"), dir.resolve("ground-truth.json"));
    try (Stream<Path> pages = Files.list(src.resolve("html"))) {
      for (Path page : pages.toList()) {
        String id = page.getFileName().toString().replace(".html", "");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
          out.write(Files.readAllBytes(page));
        }
      }
    }
    return dir;
  }

  private static List<String> run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    assertThat(code).as(err.toString()).isZero();
    return out.toString().lines().toList();
  }

  @Test
  void zyteEvalScoresBothToolsAndEndsWithTheJsonLine() throws Exception {
    Path gold = zyteGold();
    List<String> lines = run("eval", "extract-zyte", "--gold", gold.toString());
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith("{\"task\":\"extract-zyte\",\"pages\":2,\"marsad\":{\"precision\":");
    JsonNode json = ArticleJson.mapper().readTree(last);
    assertThat(json.get("marsad").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("readability4j").get("f1").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void savedOutputsScoreLikeTheGold() throws Exception {
    Path gold = zyteGold();
    ZyteEval.Score s = new ZyteEval().scoreOutputs(gold, gold.resolve("ground-truth.json"));
    assertThat(s.f1()).isEqualTo(1.0);
    Path wrapped = dir.resolve("wrapped.json");
    Files.writeString(wrapped, "{\"version\":\"x\",\"output\":{\"page1\":{\"articleBody\":\"\"}}}", StandardCharsets.UTF_8);
    assertThat(new ZyteEval().scoreOutputs(gold, wrapped).f1()).isZero();
  }

  @Test
  void snippetsEvalReadsLegacyCharsetsAndSkipsMissingPages() throws Exception {
    List<String> lines = run("eval", "extract-snippets", "--gold", resource("snippets").toString());
    JsonNode json = ArticleJson.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(json.get("task").asText()).isEqualTo("extract-snippets");
    assertThat(json.get("pages").asInt()).isEqualTo(2);
    assertThat(json.get("marsad").get("withFound").asDouble()).isEqualTo(1.0);
    assertThat(json.get("marsad").get("withoutAvoided").asDouble()).isEqualTo(1.0);
  }

  @Test
  void floorAboveTheScoreExitsWithFour() throws Exception {
    Path floors = dir.resolve("floors.properties");
    Files.writeString(floors, "extract-snippets.marsad.withFound = 1.01\n", StandardCharsets.UTF_8);
    int code = Main.run(new String[] {"eval", "extract-snippets", "--gold", resource("snippets").toString(), "--floors", floors.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    assertThat(code).isEqualTo(4);
  }

  @Test
  void benchReportsBothSidesAndTheRatio() throws Exception {
    List<String> lines = run("bench", "extract", "--gold", resource("snippets").toString(), "--rounds", "1");
    JsonNode json = ArticleJson.mapper().readTree(lines.get(lines.size() - 1));
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"task\":\"bench-extract\",\"pages\":2,");
    assertThat(json.get("marsad").get("pagesPerSecond").asDouble()).isPositive();
    assertThat(json.get("readability4j").get("pagesPerSecond").asDouble()).isPositive();
    assertThat(json.get("ratio").asDouble()).isPositive();
  }

  @Test
  void whitespaceIsCollapsedBeforeSnippetsAreCompared() {
    assertThat(SnippetsEval.normalize("  a\u00a0 b\n\tc ")).isEqualTo("a b c");
  }

  @Test
  void legacyPagesDecodeFromTheirMetaCharset() throws IOException, URISyntaxException {
    assertThat(HtmlFiles.read(resource("snippets/html/latin1.html"))).contains("Straße", "Brücke");
  }
}
