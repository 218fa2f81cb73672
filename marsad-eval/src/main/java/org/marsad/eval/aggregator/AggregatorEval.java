package org.marsad.eval.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.ingest.page.AggregatorPageReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.store.codec.ArticleJson;

/**
 * Evaluates the aggregator page reader on a folder of pairs {@code NAME.txt} and {@code
 * NAME.expected.json}: the main article of each page against the fields the expected JSON lists.
 * Thread-safe.
 */
public final class AggregatorEval {
  /** How many of a field's checks passed. */
  public record FieldScore(int correct, int total) {
    public double ratio() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  /** One failed check, for the report. */
  public record Failure(String page, String field, String expected, String actual) {}

  /** The outcome over all pages. */
  public record Result(int pages, Map<String, FieldScore> fields, List<Failure> failures) {
    public double accuracy() {
      int correct = fields.values().stream().mapToInt(FieldScore::correct).sum();
      int total = fields.values().stream().mapToInt(FieldScore::total).sum();
      return total == 0 ? 0.0 : (double) correct / total;
    }

    /** Metrics by name, as floors name them: {@code accuracy}, {@code fields.title}, … */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("accuracy", accuracy());
      fields.forEach((f, s) -> m.put("fields." + f, s.ratio()));
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "aggregator");
      n.put("pages", pages);
      ObjectNode f = n.putObject("fields");
      fields.forEach((name, s) -> f.putObject(name).put("correct", s.correct()).put("total", s.total()));
      n.put("accuracy", Math.round(accuracy() * 10000) / 10000.0);
      return n;
    }
  }

  private final AggregatorPageReader reader = new AggregatorPageReader();

  public Result run(Path goldDir) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new IOException(goldDir + ": not a folder of NAME.txt and NAME.expected.json pairs");
    }
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.list(goldDir)) {
      expectedFiles = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
    }
    Map<String, FieldScore> fields = new LinkedHashMap<>();
    List<Failure> failures = new ArrayList<>();
    for (Path expectedFile : expectedFiles) {
      String name = expectedFile.getFileName().toString().replace(".expected.json", "");
      Path page = goldDir.resolve(name + ".txt");
      JsonNode expected = ArticleJson.mapper().readTree(expectedFile.toFile());
      JsonNode actual = mainArticle(page);
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode got = actual.path(field.getKey());
        boolean ok = FieldComparer.matches(field.getKey(), field.getValue(), got);
        FieldScore old = fields.getOrDefault(field.getKey(), new FieldScore(0, 0));
        fields.put(field.getKey(), new FieldScore(old.correct() + (ok ? 1 : 0), old.total() + 1));
        if (!ok) {
          failures.add(new Failure(name, field.getKey(), field.getValue().toString(), got.toString()));
        }
      }
    }
    return new Result(expectedFiles.size(), fields, failures);
  }

  private JsonNode mainArticle(Path page) throws IOException {
    if (!Files.isRegularFile(page)) {
      return ArticleJson.mapper().createObjectNode();
    }
    List<Article> articles = reader.read(Files.readAllBytes(page), page.getFileName().toString(), new Diagnostics());
    return articles.isEmpty() ? ArticleJson.mapper().createObjectNode() : ArticleJson.toNode(articles.get(0));
  }
}
