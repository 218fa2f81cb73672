package org.marsad.eval.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.stories.Storage;
import org.marsad.eval.sample.HashHalves;
import org.marsad.ingest.ArticleIds;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad eval dedup}: the corpus is ingested into a fresh store, as {@code marsad ingest}
 * would, and each labelled pair is a duplicate for Marsad when both articles landed in one
 * duplicate group. Pairs whose articles the corpus lacks are reported and left out.
 *
 * <p>Each pair falls in a hash half ({@link HashHalves} of its two URLs sorted and joined by a
 * tab): thresholds are tuned on the tune half, and the check half says how they hold.
 */
public final class DedupEval {
  /** The hash halves by number: tune on the first, check on the second. */
  public static final String[] HALF_NAMES = {"tune", "check"};

  /** A pair Marsad got wrong, with its hash half. */
  public record Failure(int half, String message) {}

  /** Counts over the pairs found, each hash half's counts, and the pairs Marsad got wrong. */
  public record Result(Counts all, List<Counts> halves, int missing, List<String> errors, List<Failure> failures) {
    /** precision, recall and f1 of all pairs, and the same of each half as {@code tune.precision} etc. */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>(all.metrics(""));
      for (int h = 0; h < halves.size(); h++) {
        m.putAll(halves.get(h).metrics(HALF_NAMES[h] + "."));
      }
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "dedup");
      all.into(n);
      n.put("missing", missing);
      for (int h = 0; h < halves.size(); h++) {
        halves.get(h).into(n.putObject(HALF_NAMES[h]));
      }
      return n;
    }
  }

  /** Decisions on one set of pairs. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
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

    Map<String, Double> metrics(String prefix) {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(prefix + "precision", precision());
      m.put(prefix + "recall", recall());
      m.put(prefix + "f1", f1());
      return m;
    }

    void into(ObjectNode n) {
      n.put("pairs", pairs());
      n.put("precision", round(precision()));
      n.put("recall", round(recall()));
      n.put("f1", round(f1()));
    }

    Counts plus(boolean same, boolean duplicate) {
      return new Counts(truePositives + (same && duplicate ? 1 : 0), falsePositives + (same && !duplicate ? 1 : 0),
          falseNegatives + (!same && duplicate ? 1 : 0), trueNegatives + (!same && !duplicate ? 1 : 0));
    }
  }

  /** The hash half of a pair: of its two URLs, sorted, joined by a tab, so the order written does not matter. */
  public static int halfOf(String url1, String url2) {
    return HashHalves.of(url1.compareTo(url2) <= 0 ? url1 + "\t" + url2 : url2 + "\t" + url1);
  }

  public Result run(List<Path> corpus, Path gold, Path scratch) throws IOException {
    List<PairLabels.Pair> pairs = PairLabels.read(gold);
    try (Storage storage = Storage.open(scratch, m -> {})) {
      ArticleStore store = storage.store();
      new Ingester(storage, 50_000).ingest(corpus.stream().map(Path::toString).toList(), Ingester.Progress.NONE);
      Counts all = new Counts(0, 0, 0, 0);
      List<Counts> halves = new ArrayList<>(List.of(all, all));
      int missing = 0;
      List<String> errors = new ArrayList<>();
      List<Failure> failures = new ArrayList<>();
      for (PairLabels.Pair p : pairs) {
        Optional<Placement> a = store.placement(ArticleIds.forUrl(p.url1()));
        Optional<Placement> b = store.placement(ArticleIds.forUrl(p.url2()));
        if (a.isEmpty() || b.isEmpty()) {
          missing++;
          errors.add("line " + p.line() + ": not in the corpus: " + (a.isEmpty() ? p.url1() : p.url2()));
          continue;
        }
        boolean same = a.get().groupId().equals(b.get().groupId());
        int half = halfOf(p.url1(), p.url2());
        all = all.plus(same, p.duplicate());
        halves.set(half, halves.get(half).plus(same, p.duplicate()));
        if (same != p.duplicate()) {
          failures.add(new Failure(half, "line " + p.line() + ": " + (same ? "false duplicate: " : "missed duplicate: ")
              + p.url1() + " " + p.url2()));
        }
      }
      return new Result(all, List.copyOf(halves), missing, errors, failures);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
