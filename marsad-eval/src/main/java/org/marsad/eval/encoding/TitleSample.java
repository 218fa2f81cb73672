package org.marsad.eval.encoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Diagnostics;

/** Seeded reservoir sample of real titles (not derived from body or URL) from record files. */
final class TitleSample {
  private TitleSample() {}

  static List<String> draw(List<Path> corpus, int n, long seed) throws IOException {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be >= 1, got " + n);
    }
    Random random = new Random(seed);
    List<String> reservoir = new ArrayList<>(n);
    long[] seen = {0};
    RecordsReader reader = new RecordsReader();
    for (Path file : corpus) {
      reader.read(
          file,
          a -> {
            boolean derived = a.provenance().notes().stream().anyMatch(x -> x.startsWith("title derived"));
            if (derived || a.title().isBlank()) {
              return;
            }
            seen[0]++;
            if (reservoir.size() < n) {
              reservoir.add(a.title());
            } else {
              long j = (long) (random.nextDouble() * seen[0]);
              if (j < n) {
                reservoir.set((int) j, a.title());
              }
            }
          },
          new Diagnostics());
    }
    return reservoir;
  }
}
