package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.search.NormalizeBench;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.marsad.eval.sample.Corpus;

/** {@code marsad bench normalize --corpus PATH…}: the search form against Lucene's analyzer. */
@Command(
    name = "normalize",
    description = "Chars/s of Marsad's search form and of Lucene's ArabicAnalyzer token stream on the same texts, and their ratio.")
final class NormalizeBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per side after a warm-up; the best counts (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--max-chars", defaultValue = "60000000", description = "Read texts up to this many chars (default: ${DEFAULT-VALUE}).")
  private long maxChars;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> texts = NormalizeBench.texts(Corpus.files(corpus), maxChars);
    NormalizeBench.Result r = new NormalizeBench().run(texts, Math.max(1, rounds));
    out.printf(Locale.ROOT, "texts               %,14d%n", r.texts());
    out.printf(Locale.ROOT, "chars               %,14d%n", r.chars());
    out.printf(Locale.ROOT, "marsad  chars/s     %,14.0f%n", r.marsadCharsPerSecond());
    out.printf(Locale.ROOT, "lucene  chars/s     %,14.0f%n", r.luceneCharsPerSecond());
    out.printf(Locale.ROOT, "ratio (marsad/lucene) %12.3f%n", r.ratio());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return ExitCodes.OK;
  }
}
