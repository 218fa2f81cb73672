package org.marsad.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.search.SearchVariantsEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.marsad.eval.sample.Corpus;

/** {@code marsad eval search-variants --corpus PATH… --n N --seed S}: typed title variants, Marsad vs Lucene. */
@Command(
    name = "search-variants",
    description = "Index a corpus with Marsad's and Lucene's Arabic analyzers, search N sampled titles as typed "
        + "with spelling variants; MRR@10 and recall@10 of each.")
final class SearchVariantsEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--n", defaultValue = "1000", description = "Queries (default: ${DEFAULT-VALUE}).")
  private int n;

  @Option(names = "--seed", defaultValue = "1", description = "Sampling and variation seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--words", defaultValue = "0", description = "Query a run of this many consecutive title words instead of the whole title (default: ${DEFAULT-VALUE} = whole title).")
  private int words;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-variants-");
    SearchVariantsEval.Result r;
    try {
      r = new SearchVariantsEval().run(Corpus.files(corpus), n, seed, words, scratch);
    } finally {
      deleteTree(scratch);
    }
    out.printf(Locale.ROOT, "queries %,d (%s)%n", r.queries(), words > 0 ? words + " title words each" : "whole titles");
    out.printf(Locale.ROOT, "%-8s %8s %10s%n", "", "MRR@10", "recall@10");
    out.printf(Locale.ROOT, "%-8s %8.4f %10.4f%n", "marsad", r.marsad().mrr10(), r.marsad().recall10());
    out.printf(Locale.ROOT, "%-8s %8.4f %10.4f%n", "lucene", r.lucene().mrr10(), r.lucene().recall10());
    out.printf(Locale.ROOT, "%-8s %+8.4f %+10.4f%n", "delta", r.marsad().mrr10() - r.lucene().mrr10(),
        r.marsad().recall10() - r.lucene().recall10());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "search-variants", r.metrics(), spec.commandLine().getErr());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
