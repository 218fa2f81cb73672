package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.bench.IngestBench;
import org.marsad.eval.sample.Corpus;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench ingest --corpus PATH…}: Marsad's ingest against plain Lucene. */
@Command(name = "ingest", description = "Articles/s of Marsad's ingest and of plain Lucene (ArabicAnalyzer) on the same records, and their ratio.")
final class IngestBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--rounds", defaultValue = "2", description = "Rounds per side; the best counts (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-bench-");
    IngestBench.Result r;
    try {
      r = new IngestBench().run(Corpus.files(corpus), rounds, scratch);
    } finally {
      Scratch.delete(scratch);
    }
    out.printf(Locale.ROOT, "articles            %,12d%n", r.articles());
    out.printf(Locale.ROOT, "marsad  articles/s  %,12.0f%n", r.marsadPerSecond());
    out.printf(Locale.ROOT, "lucene  articles/s  %,12.0f%n", r.lucenePerSecond());
    out.printf(Locale.ROOT, "ratio (marsad/lucene) %10.3f%n", r.ratio());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return ExitCodes.OK;
  }
}
