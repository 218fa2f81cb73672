package org.marsad.eval.floors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimum scores per task, from a file of lines {@code task.metric = value} ({@code #} comments).
 * Floors only ever go up; the file in the repository is the record. Immutable.
 */
public final class Floors {
  private final Map<String, Double> floors;

  private Floors(Map<String, Double> floors) {
    this.floors = floors;
  }

  public static Floors load(Path file) throws IOException {
    Map<String, Double> map = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split("=", 2);
      if (kv.length != 2) {
        throw new IOException(file + ":" + (i + 1) + ": expected 'task.metric = value', got: " + line);
      }
      try {
        map.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + (i + 1) + ": not a number: " + kv[1].strip(), e);
      }
    }
    return new Floors(map);
  }

  /** The violations of {@code task}'s floors by {@code metrics}; a floor on a missing metric is one. */
  public List<String> violations(String task, Map<String, Double> metrics) {
    List<String> out = new ArrayList<>();
    String prefix = task + ".";
    floors.forEach(
        (key, floor) -> {
          if (!key.startsWith(prefix)) {
            return;
          }
          String metric = key.substring(prefix.length());
          Double value = metrics.get(metric);
          if (value == null) {
            out.add(key + ": no such metric (floor " + floor + ")");
          } else if (value < floor - 1e-9) {
            out.add(String.format(Locale.ROOT, "%s = %.4f is below its floor %.4f", key, value, floor));
          }
        });
    return out;
  }

  public boolean hasTask(String task) {
    return floors.keySet().stream().anyMatch(k -> k.startsWith(task + "."));
  }
}
