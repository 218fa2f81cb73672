package org.marsad.eval.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.arabic.analysis.MarsadArabicAnalyzer;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.eval.sample.Reservoir;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.store.codec.ArticleJson;

/**
 * Known-item search with typed variants of titles: the same articles indexed twice, once with
 * Marsad's analyzer and once with Lucene's {@code ArabicAnalyzer}; {@code n} sampled titles
 * (seeded reservoir) are varied the way people type them ({@link QueryVariants}) and searched in
 * both with the same query construction. A hit is the article itself or one whose title is the
 * same up to normalization, since corpora of many outlets hold copies.
 */
public final class SearchVariantsEval {
  static final int DEPTH = 10;

  /** MRR@10 and recall@10 of one analyzer. */
  public record Score(double mrr10, double recall10) {
    ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("mrr10", round(mrr10));
      n.put("recall10", round(recall10));
      return n;
    }
  }

  /** Both scores on the same queries. */
  public record Result(int queries, int words, Score marsad, Score lucene) {
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("marsad.mrr10", marsad.mrr10());
      m.put("marsad.recall10", marsad.recall10());
      m.put("lucene.mrr10", lucene.mrr10());
      m.put("lucene.recall10", lucene.recall10());
      m.put("delta.mrr10", marsad.mrr10() - lucene.mrr10());
      m.put("delta.recall10", marsad.recall10() - lucene.recall10());
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "search-variants");
      n.set("marsad", marsad.toJson());
      n.set("lucene", lucene.toJson());
      n.put("queries", queries);
      n.put("words", words);
      return n;
    }
  }

  /** A sampled article: only what the queries and hit checks need. */
  record Known(String id, String title) {}

  /** Indexes {@code corpus} twice under {@code scratch}, then runs {@code n} varied whole-title queries. */
  public Result run(List<Path> corpus, int n, long seed, Path scratch) throws IOException {
    return run(corpus, n, seed, 0, scratch);
  }

  /**
   * As {@link #run(List, int, long, Path)}, but when {@code words > 0} each query is a run of that
   * many consecutive title words (seeded start), as people type a fragment they remember.
   */
  public Result run(List<Path> corpus, int n, long seed, int words, Path scratch) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be >= 1, got " + n);
    }
    try (Analyzer marsadAnalyzer = new MarsadArabicAnalyzer();
        Analyzer luceneAnalyzer = new ArabicAnalyzer();
        VariantIndex marsad = new VariantIndex(scratch.resolve("marsad"), marsadAnalyzer);
        VariantIndex lucene = new VariantIndex(scratch.resolve("lucene"), luceneAnalyzer)) {
      List<Known> sample = indexAndSample(corpus, n, seed, marsad, lucene);
      marsad.commit();
      lucene.commit();
      Random random = new Random(seed);
      double[] marsadSums = new double[2];
      double[] luceneSums = new double[2];
      for (Known k : sample) {
        String query = QueryVariants.vary(fragment(k.title(), words, random), random).query();
        add(marsadSums, marsad.rankOf(query, k.id(), titleKey(k.title())));
        add(luceneSums, lucene.rankOf(query, k.id(), titleKey(k.title())));
      }
      int q = sample.size();
      return new Result(q, words, score(marsadSums, q), score(luceneSums, q));
    }
  }

  /** {@code words} consecutive words of the title from a seeded start, or the whole title for 0. */
  static String fragment(String title, int words, Random random) {
    String[] all = title.strip().split("\\s+");
    if (words <= 0 || all.length <= words) {
      return title;
    }
    int start = random.nextInt(all.length - words + 1);
    return String.join(" ", Arrays.copyOfRange(all, start, start + words));
  }

  private static void add(double[] sums, int rank) {
    if (rank > 0) {
      sums[0] += 1.0 / rank;
      sums[1] += 1;
    }
  }

  private static Score score(double[] sums, int queries) {
    return queries == 0 ? new Score(0, 0) : new Score(sums[0] / queries, sums[1] / queries);
  }

  /** Streams the corpus into both indexes, keeping only a seeded reservoir of ids and titles. */
  private static List<Known> indexAndSample(List<Path> corpus, int n, long seed, VariantIndex a, VariantIndex b)
      throws IOException {
    Reservoir<Known> reservoir = new Reservoir<>(n, seed);
    RecordsReader reader = new RecordsReader();
    for (Path file : corpus) {
      reader.read(
          file,
          article -> {
            String key = titleKey(article.title());
            a.add(article, key);
            b.add(article, key);
            if (!derivedTitle(article) && !key.isEmpty()) {
              reservoir.offer(new Known(article.id(), article.title()));
            }
          },
          new Diagnostics());
    }
    return reservoir.items();
  }

  private static boolean derivedTitle(Article a) {
    return a.provenance().notes().stream().anyMatch(x -> x.startsWith("title derived"));
  }

  /** Titles equal up to spelling variants, punctuation and spacing count as one title. */
  static String titleKey(String title) {
    return ArabicNormalizer.searchKey(title).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
