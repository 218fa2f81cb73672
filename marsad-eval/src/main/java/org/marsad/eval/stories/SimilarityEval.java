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
 * more others.
 */
public final class SimilarityEval {
  /** Human ratings of "same story" go up to this overall score (1 = very similar ... 4 = unrelated). */
  static final double SAME_STORY = 1.5;

  /** One rated pair with Marsad's answers. */
  public record Scored(String id1, String id2, double overall, double score, boolean sameStory) {}

  public record Result(List<Scored> pairs, double spearman, double sameStoryAccuracy, double ndcg, double ndcgPerArticle,
      int rankings, int missing) {
    public Map<String, Double> metrics() {
      return Map.of("spearman", spearman, "sameStoryAccuracy", sameStoryAccuracy, "ndcg", ndcg);
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
      scored.add(new Scored(row[1], row[2], Double.parseDouble(row[3]), engine.relatedness(a, b), same));
    }
    double[] human = scored.stream().mapToDouble(s -> 5 - s.overall()).toArray();
    double[] marsad = scored.stream().mapToDouble(Scored::score).toArray();
    long right = scored.stream().filter(s -> s.sameStory() == (s.overall() <= SAME_STORY)).count();
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
    return new Result(scored, Ranking.spearman(marsad, human), scored.isEmpty() ? 0 : (double) right / scored.size(),
        Ranking.ndcg(marsad, human), rankings == 0 ? 0 : ndcgSum / rankings, rankings, missing);
  }

  /** Rows of pairs.tsv after its header: pair_id, id1, id2, overall, ... */
  private static List<String[]> pairs(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("pair_id\tid1\tid2\toverall")) {
        throw new IOException(file + ": expected a header pair_id<TAB>id1<TAB>id2<TAB>overall...");
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
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
