package org.marsad.eval.encoding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.store.codec.ArticleJson;
import org.marsad.eval.sample.Corpus;
import org.marsad.model.Article;

/**
 * Real titles broken in every {@link Corruption} way and repaired: the exact share per kind, and
 * how many clean titles the repair leaves as they are (it must leave all of them).
 */
public final class SyntheticEncodingEval {
  private static final int MAX_MISSES_PER_KIND = 5;
  private final MojibakeRepair repair = new MojibakeRepair();

  /** One kind's exact repairs, with a few misses as {@code expected → actual}. */
  public record KindScore(int exact, int total, List<String> misses) {
    public double accuracy() {
      return total == 0 ? 0 : (double) exact / total;
    }
  }

  /** Per-kind scores and the clean titles the repair changed. */
  public record Result(int titles, Map<Corruption, KindScore> kinds, List<String> falseRepairs) {
    public double cleanKept() {
      return titles == 0 ? 1 : 1 - (double) falseRepairs.size() / titles;
    }

    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      kinds.forEach((k, s) -> m.put("kinds." + k.id() + ".accuracy", s.accuracy()));
      // Floors are minimums, so false repairs are floored as the share of clean titles kept.
      m.put("cleanKept", cleanKept());
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "encoding-synthetic");
      n.put("titles", titles);
      ObjectNode k = n.putObject("kinds");
      kinds.forEach((kind, s) -> k.putObject(kind.id()).put("accuracy", EncodingEval.round(s.accuracy())).put("exact", s.exact()));
      n.put("falseRepairs", falseRepairs.size());
      n.put("cleanKept", EncodingEval.round(cleanKept()));
      return n;
    }
  }

  public Result run(List<Path> corpus, int n, long seed) throws IOException {
    return run(Corpus.sampleWithRealTitles(corpus, n, seed).stream().map(Article::title).toList());
  }

  public Result run(List<String> titles) {
    Map<Corruption, KindScore> kinds = new EnumMap<>(Corruption.class);
    for (Corruption kind : Corruption.values()) {
      int exact = 0;
      List<String> misses = new ArrayList<>();
      for (String title : titles) {
        String repaired = repair.repair(kind.apply(title));
        if (repaired.equals(title)) {
          exact++;
        } else if (misses.size() < MAX_MISSES_PER_KIND) {
          misses.add(title + "  →  " + repaired);
        }
      }
      kinds.put(kind, new KindScore(exact, titles.size(), List.copyOf(misses)));
    }
    List<String> falseRepairs = new ArrayList<>();
    for (String title : titles) {
      String repaired = repair.repair(title);
      if (!repaired.equals(title)) {
        falseRepairs.add(title + "  →  " + repaired);
      }
    }
    return new Result(titles.size(), kinds, falseRepairs);
  }
}
