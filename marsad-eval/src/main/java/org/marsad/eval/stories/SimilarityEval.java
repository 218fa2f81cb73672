package org.marsad.eval.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.eval.gold.GoldHeader;
import org.marsad.eval.sample.HashHalves;
import org.marsad.model.Article;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.StoryEngine;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad eval similarity}: the set's articles are placed by a fresh stories engine, in file
 * order, as ingest would place them; then each rated pair gets Marsad's relatedness score.
 * Reported: Spearman's rho between the score and the human similarity (5 - overall, so higher is
 * more similar); the accuracy of Marsad's pairwise "same story" decision (would the two make one
 * story on their own: the clustering test, time window included) against overall <= 1.5; and
 * nDCG of related reads: all rated pairs ranked by the score, graded by the human similarity (a
 * candidate list of reads for one reader), and per article for articles rated against two or
 * more others. Spearman and same-story accuracy are also given for each hash half of the pairs
 * ({@link HashHalves} of the pair id: {@code tune} is tuned on, {@code check} only checked).
 */
public final class SimilarityEval {
  /** Human ratings of "same story" go up to this overall score (1 = very similar ... 4 = unrelated). */
  static final double SAME_STORY = 1.5;

  /** The names of the hash halves, by {@link HashHalves#of} value. */
  public static final List<String> HALF_NAMES = List.of("tune", "check");

  /** One rated pair with Marsad's answers; {@code half} is its hash half (0 tune, 1 check). */
  public record Scored(String pairId, String id1, String id2, double overall, double score, boolean sameStory, int half) {
    boolean sameStoryRight() {
      return sameStory == (overall <= SAME_STORY);
    }
  }

  /** The scores of one hash half. */
  public record Half(String name, int pairs, double spearman, double sameStoryAccuracy) {}

  public record Result(List<Scored> pairs, double spearman, double sameStoryAccuracy, double ndcg, double ndcgPerArticle,
      int rankings, int missing) {
    public Map<String, Double> metrics() {
      Map<String, Double> m = new TreeMap<>(Map.of("spearman", spearman, "sameStoryAccuracy", sameStoryAccuracy, "ndcg", ndcg));
      for (Half h : halves()) {
        m.put(h.name() + ".spearman", h.spearman());
        m.put(h.name() + ".sameStoryAccuracy", h.sameStoryAccuracy());
      }
      return m;
    }

    /** Spearman and same-story accuracy of the tune half, then of the check half. */
    public List<Half> halves() {
      List<Half> halves = new ArrayList<>();
      for (int h = 0; h < HALF_NAMES.size(); h++) {
        int half = h;
        List<Scored> in = pairs.stream().filter(s -> s.half() == half).toList();
        halves.add(new Half(HALF_NAMES.get(h), in.size(), spearmanOf(in), accuracyOf(in)));
      }
      return halves;
    }

    /**
     * The pairs of one half whose rank by Marsad's score is furthest from their rank by the human
     * rating (ranks within the half, ties averaged), worst first; ties go to the earlier pair.
     */
    public List<Scored> worstRanked(int half, int limit) {
      List<Scored> in = pairs.stream().filter(s -> s.half() == half).toList();
      double[] byScore = Ranking.ranks(in.stream().mapToDouble(Scored::score).toArray());
      double[] byHuman = Ranking.ranks(in.stream().mapToDouble(s -> 5 - s.overall()).toArray());
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        order.add(i);
      }
      order.sort((x, y) -> Double.compare(Math.abs(byScore[y] - byHuman[y]), Math.abs(byScore[x] - byHuman[x])));
      return order.stream().limit(limit).map(in::get).toList();
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "similarity");
      n.put("pairs", pairs.size());
      n.put("spearman", DedupEval.round(spearman));
      n.put("sameStoryAccuracy", DedupEval.round(sameStoryAccuracy));
      n.put("ndcg", DedupEval.round(ndcg));
      n.put("ndcgPerArticle", DedupEval.round(ndcgPerArticle));
      n.put("rankings", rankings);
      n.put("missing", missing);
      ObjectNode halves = n.putObject("halves");
      for (Half h : halves()) {
        halves.putObject(h.name()).put("pairs", h.pairs()).put("spearman", DedupEval.round(h.spearman()))
            .put("sameStoryAccuracy", DedupEval.round(h.sameStoryAccuracy()));
      }
      return n;
    }
  }

  public Result run(Path dir) throws IOException {
    StoryEngine engine = new StoryEngine();
    Map<String, ArticleFeatures> features = new HashMap<>();
    for (Article a : SimilarityArticles.read(dir.resolve("articles.jsonl"))) {
      ArticleFeatures f = ArticleFeatures.of(a);
      features.put(a.id(), f);
      engine.place(f);
    }
    List<Scored> scored = new ArrayList<>();
    int missing = 0;
    for (String[] row : pairs(dir.resolve("pairs.tsv"))) {
      ArticleFeatures a = features.get(row[1]);
      ArticleFeatures b = features.get(row[2]);
      if (a == null || b == null) {
        missing++;
        continue;
      }
      boolean same = engine.sameStory(a, b);
      // compared as related reads compare stored articles: each in the form its fingerprint keeps
      double relatedness = engine.relatedness(engine.asStored(a.related()), engine.asStored(b.related()));
      scored.add(new Scored(row[0], row[1], row[2], Double.parseDouble(row[3]), relatedness, same, HashHalves.of(row[0])));
    }
    double[] human = scored.stream().mapToDouble(s -> 5 - s.overall()).toArray();
    double[] marsad = scored.stream().mapToDouble(Scored::score).toArray();
    Map<String, List<Scored>> byArticle = new TreeMap<>();
    for (Scored s : scored) {
      byArticle.computeIfAbsent(s.id1(), k -> new ArrayList<>()).add(s);
      byArticle.computeIfAbsent(s.id2(), k -> new ArrayList<>()).add(s);
    }
    double ndcgSum = 0;
    int rankings = 0;
    for (List<Scored> rated : byArticle.values()) {
      if (rated.size() >= 2) {
        ndcgSum += Ranking.ndcg(rated.stream().mapToDouble(Scored::score).toArray(), rated.stream().mapToDouble(s -> 5 - s.overall()).toArray());
        rankings++;
      }
    }
    return new Result(scored, Ranking.spearman(marsad, human), accuracyOf(scored),
        Ranking.ndcg(marsad, human), rankings == 0 ? 0 : ndcgSum / rankings, rankings, missing);
  }

  static double spearmanOf(List<Scored> pairs) {
    return Ranking.spearman(pairs.stream().mapToDouble(Scored::score).toArray(), pairs.stream().mapToDouble(s -> 5 - s.overall()).toArray());
  }

  static double accuracyOf(List<Scored> pairs) {
    return pairs.isEmpty() ? 0 : (double) pairs.stream().filter(Scored::sameStoryRight).count() / pairs.size();
  }

  /** Rows of pairs.tsv, pair_id, id1, id2, overall, ..., after its header when it has one. */
  private static List<String[]> pairs(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        if (first) {
          first = false;
          if (GoldHeader.isHeader(line, "pair_id")) {
            continue;
          }
        }
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IOException(file + ":" + n + ": expected at least 4 columns");
        }
        rows.add(f);
      }
    }
    return rows;
  }
}
