package org.marsad.eval.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.gold.GoldHeader;

/**
 * Labelled pairs of articles: a TSV of {@code url1<TAB>url2<TAB>dup|not}, further columns (a note)
 * ignored, {@code #} lines and blank lines skipped, and a first line naming the columns ({@code
 * url1<TAB>url2<TAB>label}) too.
 */
public final class PairLabels {
  /** One labelled pair. */
  public record Pair(String url1, String url2, boolean duplicate, int line) {}

  private PairLabels() {}

  /** @throws IOException if the file cannot be read or a line is not a labelled pair (naming the line) */
  public static List<Pair> read(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (first) {
          first = false;
          if (GoldHeader.isHeader(line, "url1", "url")) {
            continue;
          }
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f[0].isBlank() || f[1].isBlank()) {
          throw new IOException(file + ":" + n + ": expected url1<TAB>url2<TAB>dup|not");
        }
        String label = f[2].strip();
        if (!label.equals("dup") && !label.equals("not")) {
          throw new IOException(file + ":" + n + ": label must be dup or not, got '" + label + "'");
        }
        pairs.add(new Pair(f[0].strip(), f[1].strip(), label.equals("dup"), n));
      }
    }
    return pairs;
  }
}
