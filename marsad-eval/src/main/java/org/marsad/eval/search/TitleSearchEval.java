package org.marsad.eval.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.eval.sample.Corpus;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;
import org.marsad.store.codec.ArticleJson;

/**
 * Known-item search by exact title: {@code n} articles drawn from a corpus (reservoir sampling,
 * seeded, so the same seed draws the same articles), each searched by its title in a store that
 * holds the corpus, as a user would paste it. A hit counts when it is the article itself or one
 * with the same title up to spelling variants and punctuation (a corpus of many outlets has
 * copies), since no ranking can tell those apart by their title.
 */
public final class TitleSearchEval {
  private static final int DEPTH = 10;
  private static final int MAX_MISSES = 50;

  /** Share of titles whose article came first, and the mean reciprocal rank within 10. */
  public record Result(int queries, int missing, double top1, double mrr10, List<String> misses) {
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("top1", top1);
      m.put("mrr10", mrr10);
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "title-search");
      n.put("queries", queries);
      n.put("missing", missing);
      n.put("top1", Math.round(top1 * 10000) / 10000.0);
      n.put("mrr10", Math.round(mrr10 * 10000) / 10000.0);
      return n;
    }
  }

  public Result run(List<Path> corpus, int n, long seed, ArticleStore store) throws IOException {
    List<Article> sample = Corpus.sampleWithRealTitles(corpus, n, seed);
    int first = 0;
    int missing = 0;
    List<String> misses = new ArrayList<>();
    double reciprocal = 0;
    for (Article a : sample) {
      if (store.find(a.id()).isEmpty()) {
        missing++;
        continue;
      }
      List<SearchHit> hits = store.search(new SearchRequest(capped(a.title()), null, null, null, 0, DEPTH)).hits();
      int rank = rankOf(a, hits);
      first += rank == 1 ? 1 : 0;
      if (rank != 1 && misses.size() < MAX_MISSES) {
        misses.add(a.title() + "  →  rank " + (rank == 0 ? ">" + DEPTH : rank) + (hits.isEmpty() ? "" : "; first: " + hits.get(0).title()));
      }
      reciprocal += rank == 0 ? 0 : 1.0 / rank;
    }
    int queries = sample.size() - missing;
    return new Result(
        queries, missing, queries == 0 ? 0 : (double) first / queries, queries == 0 ? 0 : reciprocal / queries, misses);
  }

  private static int rankOf(Article a, List<SearchHit> hits) {
    String title = same(a.title());
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).id().equals(a.id()) || same(hits.get(i).title()).equals(title)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The title as a user pastes it, quotes and all, within the store's query length limit. */
  private static String capped(String title) {
    return title.length() > 1000 ? title.substring(0, 1000) : title;
  }

  /**
   * Titles that differ only in spelling variants (hamza, tatweel, diacritics), quotes or spacing
   * are the same title to a reader, and no search can rank one above the other by its title.
   */
  private static String same(String title) {
    return ArabicNormalizer.searchKey(title).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
