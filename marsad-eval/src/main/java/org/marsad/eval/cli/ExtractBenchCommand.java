package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.extract.ExtractBench;
import org.marsad.eval.extract.MarsadPageExtractor;
import org.marsad.eval.extract.Readability4JPageExtractor;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench extract --gold DIR}: main-text extraction against Readability4J. */
@Command(
    name = "extract",
    description = "Pages/s of Marsad's main-text extractor and of Readability4J on the same pages, and their ratio.")
final class ExtractBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with an html/ folder of pages (gzip or plain).")
  private Path gold;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per side after a warm-up; the best counts (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--max-pages", defaultValue = "1000", description = "Read at most this many pages (default: ${DEFAULT-VALUE}).")
  private int maxPages;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> pages = ExtractBench.pages(gold, maxPages);
    ExtractBench.Result r = new ExtractBench().run(pages, new MarsadPageExtractor(), new Readability4JPageExtractor(), Math.max(1, rounds));
    out.printf(Locale.ROOT, "pages                       %,10d%n", r.pages());
    out.printf(Locale.ROOT, "marsad         pages/s      %,10.1f%n", r.marsadPagesPerSecond());
    out.printf(Locale.ROOT, "readability4j  pages/s      %,10.1f%n", r.peerPagesPerSecond());
    out.printf(Locale.ROOT, "ratio (marsad/readability4j) %9.3f%n", r.ratio());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return ExitCodes.OK;
  }
}
