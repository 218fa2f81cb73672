package org.marsad.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token-shingle metric of the Zyte article-extraction benchmark ({@code evaluate.py}): tokens
 * are Unicode {@code \w+} runs, shingles are 4 consecutive tokens counted as multisets (a text of
 * fewer tokens is one shingle of all of them, even of none). Each page's (tp, fp, fn) is divided by
 * its sum so long pages do not weigh more; {@link Totals} sums pages and derives P, R, F1.
 */
public final class ShingleMetric {
  static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("(?U)\\w+");
  // Joins tokens into one map key; \w never matches a control character.
  private static final char SEP = '\u0001';

  private ShingleMetric() {}

  /** One page's share of true positives, false positives and false negatives (sum 1). */
  public record Counts(double tp, double fp, double fn) {}

  /** Scores {@code predicted} against {@code truth}. */
  public static Counts page(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
      fp += Math.max(0, pc - tc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      if (!t.containsKey(e.getKey())) {
        fp += e.getValue();
      }
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      String key = String.join(String.valueOf(SEP), tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Sums of per-page counts; not thread-safe. */
  public static final class Totals {
    private double tp;
    private double fp;
    private double fn;
    private int pages;

    public void add(Counts c) {
      tp += c.tp();
      fp += c.fp();
      fn += c.fn();
      pages++;
    }

    public int pages() {
      return pages;
    }

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
