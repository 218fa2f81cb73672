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
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.bench.Latencies;
import org.marsad.eval.bench.SearchBench;
import org.marsad.eval.sample.Corpus;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench search --corpus PATH… --queries N}: search through the API against the store. */
@Command(
    name = "search",
    description = "Latency (p50/p95/p99) and queries/s of the same title queries through the HTTP API and directly on the store, and the ratio of the medians.")
final class SearchBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--queries", required = true, paramLabel = "N", description = "Timed queries per path, cut from the corpus's titles.")
  private int queries;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the title sample and the cuts (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-bench-");
    SearchBench.Result r;
    try {
      r = new SearchBench().run(Corpus.files(corpus), queries, clients, seed, scratch);
    } finally {
      deleteTree(scratch);
    }
    out.printf(Locale.ROOT, "articles %,d   queries %,d   clients %d   cores %d   totals checked %d%n", r.articles(), r.queries(), r.clients(), r.cores(), r.checked());
    out.printf(Locale.ROOT, "          %10s %10s %10s %12s%n", "p50 ms", "p95 ms", "p99 ms", "queries/s");
    row(out, "api", r.api());
    row(out, "direct", r.direct());
    out.printf(Locale.ROOT, "ratio (api/direct, p50) %.3f%n", r.ratio());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return ExitCodes.OK;
  }

  private static void row(PrintWriter out, String name, Latencies l) {
    out.printf(Locale.ROOT, "%-9s %10.3f %10.3f %10.3f %,12.1f%n", name, l.p50Ms(), l.p95Ms(), l.p99Ms(), l.qps());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
