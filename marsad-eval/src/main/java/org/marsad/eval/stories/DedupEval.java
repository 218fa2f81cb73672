package org.marsad.eval.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.stories.PlacingStore;
import org.marsad.ingest.ArticleIds;
import org.marsad.store.Placement;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad eval dedup}: the corpus is ingested into a fresh store, as {@code marsad ingest}
 * would, and each labelled pair is a duplicate for Marsad when both articles landed in one
 * duplicate group. Pairs whose articles the corpus lacks are reported and left out.
 */
public final class DedupEval {
  /** Counts over the pairs found, and the pairs Marsad got wrong. */
  public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, int missing,
      List<String> errors) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pairs() {
      return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public Map<String, Double> metrics() {
      return Map.of("precision", precision(), "recall", recall(), "f1", f1());
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "dedup");
      n.put("pairs", pairs());
      n.put("precision", round(precision()));
      n.put("recall", round(recall()));
      n.put("f1", round(f1()));
      n.put("missing", missing);
      return n;
    }
  }

  public Result run(List<Path> corpus, Path gold, Path scratch) throws IOException {
    List<PairLabels.Pair> pairs = PairLabels.read(gold);
    try (PlacingStore store = PlacingStore.open(scratch, m -> {})) {
      new Ingester(store, 50_000).ingest(corpus.stream().map(Path::toString).toList(), Ingester.Progress.NONE);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      int missing = 0;
      List<String> errors = new ArrayList<>();
      for (PairLabels.Pair p : pairs) {
        Optional<Placement> a = store.placement(ArticleIds.forUrl(p.url1()));
        Optional<Placement> b = store.placement(ArticleIds.forUrl(p.url2()));
        if (a.isEmpty() || b.isEmpty()) {
          missing++;
          errors.add("line " + p.line() + ": not in the corpus: " + (a.isEmpty() ? p.url1() : p.url2()));
          continue;
        }
        boolean same = a.get().groupId().equals(b.get().groupId());
        if (same && p.duplicate()) {
          tp++;
        } else if (same) {
          fp++;
          errors.add("line " + p.line() + ": false duplicate: " + p.url1() + " " + p.url2());
        } else if (p.duplicate()) {
          fn++;
          errors.add("line " + p.line() + ": missed duplicate: " + p.url1() + " " + p.url2());
        } else {
          tn++;
        }
      }
      return new Result(tp, fp, fn, tn, missing, errors);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
