package org.marsad.eval.encoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.eval.sample.Reservoir;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Diagnostics;

/** Seeded reservoir sample of real titles (not derived from body or URL) from record files. */
final class TitleSample {
  private TitleSample() {}

  static List<String> draw(List<Path> corpus, int n, long seed) throws IOException {
    Reservoir<String> reservoir = new Reservoir<>(n, seed);
    RecordsReader reader = new RecordsReader();
    for (Path file : corpus) {
      reader.read(
          file,
          a -> {
            if (Reservoir.hasRealTitle(a)) {
              reservoir.offer(a.title());
            }
          },
          new Diagnostics());
    }
    return reservoir.items();
  }
}
