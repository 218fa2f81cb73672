package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.bench.Latencies;
import org.marsad.eval.bench.RelatedBench;
import org.marsad.eval.sample.Corpus;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench related --corpus PATH…}: an article page's related reads over the stored corpus. */
@Command(name = "related",
    description = "Latency (p50/p95/p99) of an article page's related reads over the whole stored corpus, and of Lucene's MoreLikeThis on a plain index of the same records, and the ratio of the medians.")
final class RelatedBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--reads", defaultValue = "1000", paramLabel = "N", description = "Articles whose related reads are timed (default: ${DEFAULT-VALUE}).")
  private int reads;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample of articles (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-bench-related-");
    RelatedBench.Result r;
    try {
      r = new RelatedBench().run(Corpus.files(corpus), reads, seed, scratch);
    } finally {
      Scratch.delete(scratch);
    }
    out.printf(Locale.ROOT, "articles stored %,d   articles timed %,d%n", r.articles(), r.reads());
    out.printf(Locale.ROOT, "          %10s %10s %10s %12s%n", "p50 ms", "p95 ms", "p99 ms", "reads/s");
    row(out, "marsad", r.marsad());
    row(out, "lucene", r.lucene());
    out.printf(Locale.ROOT, "ratio (marsad/lucene, p50) %.3f%n", r.ratio());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return ExitCodes.OK;
  }

  private static void row(PrintWriter out, String name, Latencies l) {
    out.printf(Locale.ROOT, "%-9s %10.3f %10.3f %10.3f %,12.1f%n", name, l.p50Ms(), l.p95Ms(), l.p99Ms(), l.qps());
  }
}
