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
import org.marsad.ingest.page.SiteTemplate;
import org.marsad.ingest.page.SiteTemplates;
import org.marsad.eval.sample.HashHalves;
import org.marsad.enrich.Enricher;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.pipeline.DisplayText;
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

  /** One failed check, for the report; {@code half} is the page's hash half (0 tunes, 1 checks). */
  public record Failure(String page, int half, String field, String expected, String actual) {}

  /**
   * The outcome over all pages, and over each hash half ({@code sha1(page name) % 2}): half 0 is
   * the one to tune on, half 1 the one to check on.
   */
  public record Result(
      int pages, Map<String, FieldScore> fields, List<Map<String, FieldScore>> halves, List<Failure> failures) {
    public double accuracy() {
      return accuracy(fields);
    }

    static double accuracy(Map<String, FieldScore> fields) {
      int correct = fields.values().stream().mapToInt(FieldScore::correct).sum();
      int total = fields.values().stream().mapToInt(FieldScore::total).sum();
      return total == 0 ? 0.0 : (double) correct / total;
    }

    /** Metrics by name, as floors name them: {@code accuracy}, {@code fields.title}, {@code tune.accuracy}, … */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("accuracy", accuracy());
      fields.forEach((f, s) -> m.put("fields." + f, s.ratio()));
      for (int h = 0; h < 2; h++) {
        String name = HALF_NAMES[h];
        m.put(name + ".accuracy", accuracy(halves.get(h)));
        halves.get(h).forEach((f, s) -> m.put(name + ".fields." + f, s.ratio()));
      }
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "aggregator");
      n.put("pages", pages);
      ObjectNode f = n.putObject("fields");
      fields.forEach((name, s) -> f.putObject(name).put("correct", s.correct()).put("total", s.total()));
      n.put("accuracy", Math.round(accuracy() * 10000) / 10000.0);
      for (int h = 0; h < 2; h++) {
        n.put(HALF_NAMES[h] + "Accuracy", Math.round(accuracy(halves.get(h)) * 10000) / 10000.0);
      }
      return n;
    }
  }

  /** The hash halves by number: tune on the first, check on the second. */
  public static final String[] HALF_NAMES = {"tune", "check"};

  private final AggregatorPageReader reader = new AggregatorPageReader();

  /** What the reader may learn from a page's siblings. */
  public enum SiteEvidence {
    /** Sites from the URLs of a {@code SOURCES.tsv} beside the pages or one folder up, and shared lines. */
    URLS,
    /** Sites from the lines pages share alone. */
    SHARED_LINES,
    /** Every page read alone, as a lone page of an unseen site is. */
    NONE
  }

  /** Runs with pages' URLs from a {@code SOURCES.tsv} beside the pages or one folder up, when there is one. */
  public Result run(Path goldDir) throws IOException {
    return run(goldDir, SiteEvidence.URLS);
  }

  /**
   * Reads every page of {@code goldDir} twice: first to learn each site's template from its pages
   * (unless {@code evidence} is NONE), then to read each page with its site's template.
   */
  public Result run(Path goldDir, SiteEvidence evidence) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new IOException(goldDir + ": not a folder of NAME.txt and NAME.expected.json pairs");
    }
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.list(goldDir)) {
      expectedFiles = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
    }
    Map<String, String> urls = evidence == SiteEvidence.URLS ? PageUrls.read(goldDir) : Map.of();
    SiteTemplates sites = new SiteTemplates();
    for (Path expectedFile : expectedFiles) {
      String name = pageName(expectedFile);
      Path page = goldDir.resolve(name + ".txt");
      if (Files.isRegularFile(page) && evidence != SiteEvidence.NONE) {
        sites.add(name, urls.get(name + ".txt"), Files.readAllBytes(page));
      }
    }
    Map<String, FieldScore> fields = new LinkedHashMap<>();
    List<Map<String, FieldScore>> halves = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
    List<Failure> failures = new ArrayList<>();
    for (Path expectedFile : expectedFiles) {
      String name = pageName(expectedFile);
      int half = HashHalves.of(name);
      JsonNode expected = ArticleJson.mapper().readTree(expectedFile.toFile());
      JsonNode actual = mainArticle(goldDir.resolve(name + ".txt"), name, sites.templateFor(name));
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode got = actual.path(actualField(field.getKey()));
        boolean ok = FieldComparer.matches(field.getKey(), field.getValue(), got);
        count(fields, field.getKey(), ok);
        count(halves.get(half), field.getKey(), ok);
        if (!ok) {
          failures.add(new Failure(name, half, field.getKey(), field.getValue().toString(), got.toString()));
        }
      }
    }
    return new Result(expectedFiles.size(), fields, halves, failures);
  }

  /**
   * The article JSON field an expected field is compared with: gold files (ours and those in
   * {@code ../shared}) name the page's "read also" {@code related}, as the article JSON did before
   * it became {@code readAlso}; failures keep the gold's name.
   */
  static String actualField(String expectedField) {
    return expectedField.equals("related") ? "readAlso" : expectedField;
  }

  private static String pageName(Path expectedFile) {
    return expectedFile.getFileName().toString().replace(".expected.json", "");
  }

  private static void count(Map<String, FieldScore> fields, String field, boolean ok) {
    FieldScore old = fields.getOrDefault(field, new FieldScore(0, 0));
    fields.put(field, new FieldScore(old.correct() + (ok ? 1 : 0), old.total() + 1));
  }

  private JsonNode mainArticle(Path page, String name, SiteTemplate site) throws IOException {
    if (!Files.isRegularFile(page)) {
      return ArticleJson.mapper().createObjectNode();
    }
    List<Article> articles = reader.read(Files.readAllBytes(page), name, site, new Diagnostics());
    // the rest of the road an ingested article takes, so that its dates layer is scored as stored
    return articles.isEmpty() ? ArticleJson.mapper().createObjectNode()
        : ArticleJson.toNode(Enricher.standard().enrich(DisplayText.of(articles.get(0))));
  }
}
