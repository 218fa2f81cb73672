package org.marsad.eval.encoding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.encoding.MojibakeRepair;
import org.marsad.eval.gold.GoldHeader;
import org.marsad.store.codec.ArticleJson;

/**
 * Mojibake repair against gold lines: a TSV of {@code broken<TAB>expected} ({@code #} comments,
 * blank lines skipped). Exact-match accuracy per line, and character accuracy pooled over all
 * lines, {@code 1 - sum(distance) / sum(len(expected))}, so a long line weighs by its length
 * and one hopeless short line cannot dominate.
 */
public final class EncodingEval {
  private static final int MAX_MISSES = 20;
  private final MojibakeRepair repair = new MojibakeRepair();

  /** One line the repair got wrong. */
  public record Miss(int lineNumber, String broken, String expected, String actual) {}

  /** Exact share, pooled character accuracy, and the first misses. */
  public record Result(int lines, int exact, double charAccuracy, List<Miss> misses) {
    public double accuracy() {
      return lines == 0 ? 0 : (double) exact / lines;
    }

    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("accuracy", accuracy());
      m.put("charAccuracy", charAccuracy);
      return m;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "encoding");
      n.put("lines", lines);
      n.put("accuracy", round(accuracy()));
      n.put("charAccuracy", round(charAccuracy));
      return n;
    }
  }

  public Result run(Path gold) throws IOException {
    List<String> rows = Files.readAllLines(gold, StandardCharsets.UTF_8);
    int lines = 0;
    int exact = 0;
    long distance = 0;
    long length = 0;
    List<Miss> misses = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      if (first) {
        first = false;
        if (GoldHeader.isHeader(row, "broken")) {
          continue;
        }
      }
      int tab = row.indexOf('\t');
      if (tab < 0) {
        throw new IOException(gold + ":" + (i + 1) + ": expected 'broken<TAB>expected'");
      }
      String broken = row.substring(0, tab);
      String expected = row.substring(tab + 1);
      String actual = repair.repair(broken);
      lines++;
      distance += Levenshtein.distance(actual, expected);
      length += expected.length();
      if (actual.equals(expected)) {
        exact++;
      } else if (misses.size() < MAX_MISSES) {
        misses.add(new Miss(i + 1, broken, expected, actual));
      }
    }
    double charAccuracy = length == 0 ? (distance == 0 ? 1 : 0) : Math.max(0, 1 - (double) distance / length);
    return new Result(lines, exact, charAccuracy, misses);
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
