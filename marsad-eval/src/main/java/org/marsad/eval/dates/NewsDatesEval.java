package org.marsad.eval.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.dates.NewsDatesGold.Expression;
import org.marsad.eval.dates.NewsDatesGold.Gold;
import org.marsad.eval.sample.Corpus;
import org.marsad.eval.sample.HashHalves;
import org.marsad.enrich.Enricher;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.model.Span;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.codec.ArticleJson;

/**
 * Scores the article JSON's {@code dates} on news-dates gold: each gold expression's article is
 * read from the corpus as Marsad reads it, turned into its stored JSON, and the {@code dates}
 * there are compared with the gold, whose offsets are carried from the record's {@code content}
 * onto the stored body. A gold expression is right when a tagged one overlaps it with the gold
 * start, end and grain: the value is scored, not the span. Thread-safe.
 */
public final class NewsDatesEval {
  /** The hash halves by number: tune on the first, check on the second. */
  public static final String[] HALF_NAMES = {"tune", "check"};

  /** One tagged expression from the article JSON, its span in the stored body. */
  public record Tagged(String text, Span span, LocalDateTime start, LocalDateTime end, String grain) {
    public String value() {
      return start + " " + end + " " + grain;
    }
  }

  /**
   * One gold expression and its outcome. {@code got} is the overlapping tagged expression that is
   * right, else the one overlapping most, else null; {@code problem} says why nothing could be
   * compared (article missing from the corpus, text not found in the stored body), else null.
   */
  public record Case(Expression gold, int half, String kind, boolean found, boolean exactSpan, boolean right,
      @Nullable Tagged got, @Nullable String problem) {
    public String goldValue() {
      return gold.valueStart() + " " + gold.valueEnd() + " " + gold.grain().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Counts of one slice of the cases. */
  public record Counts(int total, int right, int found, int exactSpan) {
    public double accuracy() {
      return share(right);
    }

    double share(int n) {
      return total == 0 ? 0.0 : (double) n / total;
    }

    static Counts of(List<Case> cases) {
      return new Counts(cases.size(), (int) cases.stream().filter(Case::right).count(),
          (int) cases.stream().filter(Case::found).count(), (int) cases.stream().filter(Case::exactSpan).count());
    }
  }

  /**
   * Every case, and for precision the tagged expressions that start in the labelled regions:
   * {@code tagged} of them, {@code spurious} overlapping no gold expression (with examples, each
   * as its article's half and a description).
   */
  public record Result(List<Case> cases, int articles, int missingArticles, int tagged, int spurious,
      List<Spurious> spuriousExamples) {
    public Counts all() {
      return Counts.of(cases);
    }

    public Counts half(int h) {
      return Counts.of(cases.stream().filter(c -> c.half() == h).toList());
    }

    public double precision() {
      return tagged == 0 ? 1.0 : 1.0 - (double) spurious / tagged;
    }

    /** Wrong cases by kind, both halves counted: kind → [wrong, total]. */
    public Map<String, int[]> wrongByKind() {
      Map<String, int[]> m = new TreeMap<>();
      for (Case c : cases) {
        int[] n = m.computeIfAbsent(c.kind(), k -> new int[2]);
        n[1]++;
        if (!c.right()) {
          n[0]++;
        }
      }
      return m;
    }

    /** Metrics by name, as floors name them. */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      Counts all = all();
      m.put("accuracy", all.accuracy());
      m.put("found", all.share(all.found()));
      m.put("exactSpan", all.share(all.exactSpan()));
      m.put("precision", precision());
      for (int h = 0; h < 2; h++) {
        Counts c = half(h);
        m.put(HALF_NAMES[h] + ".accuracy", c.accuracy());
        m.put(HALF_NAMES[h] + ".found", c.share(c.found()));
      }
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "dates-news");
      n.put("expressions", cases.size());
      n.put("articles", articles);
      n.put("missingArticles", missingArticles);
      metrics().forEach((k, v) -> n.put(k, Math.round(v * 10_000) / 10_000.0));
      return n;
    }
  }

  /** A tagged expression in a labelled region that overlaps no gold expression. */
  public record Spurious(String url, int half, Tagged tagged) {}

  /**
   * Reads the corpus once for the gold's records only, each then taken down the road {@code
   * ingest} takes it (the pipeline on that record alone: reader, display form, enrichment), and
   * scores them.
   */
  public Result run(List<Path> corpus, Path goldFile) throws IOException {
    Gold gold = NewsDatesGold.read(goldFile);
    Map<String, JsonNode> records = RawContents.records(Corpus.files(corpus), gold.regions().keySet());
    Map<String, Article> articles = new HashMap<>();
    Pipeline pipeline = new Pipeline(new Readers(), Enricher.standard(), null);
    for (Map.Entry<String, JsonNode> e : records.entrySet()) {
      byte[] json = ArticleJson.mapper().writeValueAsBytes(e.getValue());
      Document record = Document.ofBytes(e.getKey(), json).withMediaType("application/json");
      pipeline.process(record, p -> articles.putIfAbsent(e.getKey(), p.article()), new Diagnostics());
    }
    return score(gold, articles, RawContents.contents(records), NewsDatesEval::tagged);
  }

  /**
   * Scores {@code gold} on the articles (as read) and their raw contents (which gold offsets
   * count in), with {@code tags} giving an article's tagged expressions.
   */
  static Result score(Gold gold, Map<String, Article> articles, Map<String, String> contents,
      Function<Article, List<Tagged>> tags) {
    Map<String, List<Expression>> byUrl = new LinkedHashMap<>();
    gold.regions().keySet().forEach(u -> byUrl.put(u, new ArrayList<>()));
    gold.expressions().forEach(e -> byUrl.get(e.url()).add(e));
    List<Case> cases = new ArrayList<>();
    List<Spurious> spuriousExamples = new ArrayList<>();
    int taggedInRegions = 0;
    int spurious = 0;
    int missing = 0;
    for (Map.Entry<String, List<Expression>> entry : byUrl.entrySet()) {
      String url = entry.getKey();
      Article article = articles.get(url);
      String content = contents.get(url);
      if (article == null || content == null) {
        missing++;
        entry.getValue().forEach(e -> cases.add(unscored(e, "article not in the corpus")));
        continue;
      }
      String stored = article.text();
      StoredTextAlignment alignment = new StoredTextAlignment(content, stored);
      List<Tagged> tagged = tags.apply(article);
      List<Span> goldSpans = new ArrayList<>();
      for (Expression e : entry.getValue()) {
        Span span = alignment.map(e.start(), e.end(), e.text());
        if (span == null) {
          cases.add(unscored(e, "text not in the stored body"));
          continue;
        }
        goldSpans.add(span);
        cases.add(judge(e, span, tagged));
      }
      int regionEnd = alignment.mapBoundary(gold.regions().get(url));
      for (Tagged t : tagged) {
        if (t.span().start() >= regionEnd) {
          continue;
        }
        taggedInRegions++;
        if (goldSpans.stream().noneMatch(g -> overlaps(g, t.span()))) {
          spurious++;
          spuriousExamples.add(new Spurious(url, HashHalves.of(url + "#" + t.span().start()), t));
        }
      }
    }
    return new Result(cases, byUrl.size(), missing, taggedInRegions, spurious, spuriousExamples);
  }

  private static Case unscored(Expression e, String problem) {
    return new Case(e, HashHalves.of(e.id()), ExpressionKind.of(e.note()), false, false, false, null, problem);
  }

  private static Case judge(Expression e, Span span, List<Tagged> tags) {
    Tagged right = null;
    Tagged widest = null;
    int widestOverlap = 0;
    boolean exact = false;
    for (Tagged t : tags) {
      int overlap = Math.min(span.end(), t.span().end()) - Math.max(span.start(), t.span().start());
      if (overlap <= 0) {
        continue;
      }
      exact |= t.span().equals(span);
      if (right == null && isRight(e, t)) {
        right = t;
      }
      if (overlap > widestOverlap) {
        widest = t;
        widestOverlap = overlap;
      }
    }
    Tagged got = right != null ? right : widest;
    return new Case(e, HashHalves.of(e.id()), ExpressionKind.of(e.note()), got != null, exact, right != null, got, null);
  }

  private static boolean isRight(Expression e, Tagged t) {
    return t.start().equals(e.valueStart()) && t.end().equals(e.valueEnd())
        && t.grain().equalsIgnoreCase(e.grain().name());
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /**
   * The {@code dates} of the article's JSON, exactly as users and the API see them: with its
   * layers brought up to date, as every read path shows a stored article.
   */
  static List<Tagged> tagged(Article article) {
    List<Tagged> out = new ArrayList<>();
    for (JsonNode d : ArticleJson.toNode(Enricher.standard().enrich(article)).path("dates")) {
      try {
        out.add(new Tagged(d.path("text").asText(),
            new Span(d.path("span").path("start").asInt(), d.path("span").path("end").asInt()),
            LocalDateTime.parse(d.path("start").asText()), LocalDateTime.parse(d.path("end").asText()),
            d.path("grain").asText()));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        // A date the JSON cannot give as a local date-time is no answer; the gold case stays wrong.
      }
    }
    return out;
  }
}
