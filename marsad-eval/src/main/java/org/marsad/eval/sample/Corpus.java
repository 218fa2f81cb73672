package org.marsad.eval.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** A corpus of record files as evaluations and benchmarks read it. */
public final class Corpus {
  private Corpus() {}

  /** Record files named by {@code paths}: the files themselves, or the record files in a folder. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          // A folder's README or licence is not part of the corpus.
          s.filter(Files::isRegularFile).filter(RecordsReader::canRead).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** A seeded sample of {@code n} articles whose titles were read, not derived, in corpus order. */
  public static List<Article> sampleWithRealTitles(List<Path> files, int n, long seed) throws IOException {
    Reservoir<Article> reservoir = new Reservoir<>(n, seed);
    RecordsReader reader = new RecordsReader();
    for (Path file : files) {
      reader.read(
          file,
          a -> {
            if (Reservoir.hasRealTitle(a)) {
              reservoir.offer(a);
            }
          },
          new Diagnostics());
    }
    return reservoir.items();
  }
}
