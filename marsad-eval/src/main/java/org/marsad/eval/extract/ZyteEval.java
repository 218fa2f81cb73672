package org.marsad.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.eval.sample.HashHalves;
import org.marsad.store.codec.ArticleJson;

/**
 * The Zyte article-extraction benchmark: {@code html/<id>.html.gz} pages and {@code
 * ground-truth.json} ({@code id → {articleBody, url}}), scored with {@link ShingleMetric} for each
 * extractor on the same pages.
 */
public final class ZyteEval {
  /** The hash halves by number: tune on the first, check on the second. */
  static final String[] HALF_NAMES = {"tune", "check"};

  /** Precision, recall and F1 of one tool over all pages. */
  public record Score(double precision, double recall, double f1) {
    static Score of(ShingleMetric.Totals t) {
      return new Score(t.precision(), t.recall(), t.f1());
    }

    ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("precision", round(precision));
      n.put("recall", round(recall));
      n.put("f1", round(f1));
      return n;
    }
  }

  /** One page's F1 for each tool, to list the worst pages. */
  public record PageScore(String id, String url, double marsadF1, double peerF1) {}

  /** Scores of both tools, per-page scores and Marsad's texts by page id. */
  public record Result(int pages, Score marsad, Score readability4j, List<PageScore> perPage, Map<String, String> marsadTexts) {
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("marsad.precision", marsad.precision());
      m.put("marsad.recall", marsad.recall());
      m.put("marsad.f1", marsad.f1());
      m.put("readability4j.f1", readability4j.f1());
      m.put("delta.f1", marsad.f1() - readability4j.f1());
      for (int h = 0; h < 2; h++) {
        m.put(HALF_NAMES[h] + ".meanPageF1", meanPageF1(h));
      }
      return m;
    }

    /**
     * Marsad's mean page F1 over one hash half of the pages ({@code sha1(id) % 2}: 0 tuned on, 1
     * only checked), so a change tuned on one half can be checked on the other.
     */
    public double meanPageF1(int half) {
      return perPage.stream().filter(p -> HashHalves.of(p.id()) == half).mapToDouble(PageScore::marsadF1).average().orElse(0);
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "extract-zyte");
      n.put("pages", pages);
      n.set("marsad", marsad.toJson());
      n.set("readability4j", readability4j.toJson());
      for (int h = 0; h < 2; h++) {
        n.put(HALF_NAMES[h] + "MeanPageF1", round(meanPageF1(h)));
      }
      return n;
    }

    /** The {@code k} pages where Marsad scores lowest. */
    public List<PageScore> worst(int k) {
      return perPage.stream().sorted(Comparator.comparingDouble(PageScore::marsadF1)).limit(k).toList();
    }
  }

  /** A gold page: id, url and the true article body. */
  record Gold(String id, String url, String body) {}

  public Result run(Path dir, PageExtractor marsad, PageExtractor peer) throws IOException {
    ShingleMetric.Totals m = new ShingleMetric.Totals();
    ShingleMetric.Totals r = new ShingleMetric.Totals();
    List<PageScore> perPage = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Gold g : gold(dir)) {
      String html = HtmlFiles.read(dir.resolve("html").resolve(g.id() + ".html.gz"));
      String mText = marsad.text(html, g.url());
      ShingleMetric.Counts mc = ShingleMetric.page(g.body(), mText);
      ShingleMetric.Counts rc = ShingleMetric.page(g.body(), peer.text(html, g.url()));
      m.add(mc);
      r.add(rc);
      perPage.add(new PageScore(g.id(), g.url(), f1(mc), f1(rc)));
      texts.put(g.id(), mText);
    }
    return new Result(m.pages(), Score.of(m), Score.of(r), perPage, texts);
  }

  /** Scores saved outputs ({@code id → {articleBody}}, maybe wrapped in {@code {version, output}}). */
  public Score scoreOutputs(Path dir, Path outputs) throws IOException {
    JsonNode root = ArticleJson.mapper().readTree(Files.readString(outputs, StandardCharsets.UTF_8));
    JsonNode out = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
    ShingleMetric.Totals t = new ShingleMetric.Totals();
    for (Gold g : gold(dir)) {
      JsonNode body = out.path(g.id()).path("articleBody");
      t.add(ShingleMetric.page(g.body(), body.isTextual() ? body.asText() : ""));
    }
    return Score.of(t);
  }

  static List<Gold> gold(Path dir) throws IOException {
    JsonNode root = ArticleJson.mapper().readTree(Files.readString(dir.resolve("ground-truth.json"), StandardCharsets.UTF_8));
    List<Gold> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      out.add(new Gold(e.getKey(), e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText("")));
    }
    out.sort(Comparator.comparing(Gold::id));
    return out;
  }

  static double f1(ShingleMetric.Counts c) {
    double denom = 2 * c.tp() + c.fp() + c.fn();
    return denom == 0 ? 0 : 2 * c.tp() / denom;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
