package org.marsad.eval.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.extract.MarsadPageExtractor;
import org.marsad.eval.extract.Readability4JPageExtractor;
import org.marsad.eval.extract.ZyteEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval extract-zyte --gold DIR}: article-body shingle F1, Marsad vs Readability4J. */
@Command(
    name = "extract-zyte",
    description = "Main text of the Zyte benchmark pages with Marsad and Readability4J; token-shingle precision, "
        + "recall and F1 as the benchmark's evaluate.py computes them.")
final class ExtractZyteEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with html/<id>.html.gz and ground-truth.json.")
  private Path gold;

  @Option(names = "--worst", defaultValue = "10", description = "List this many pages where Marsad scores lowest (default: ${DEFAULT-VALUE}).")
  private int worst;

  @Option(names = "--score-outputs", paramLabel = "FILE", description = "Also score a saved output file (id -> {articleBody}) against the gold, to check the metric.")
  private @Nullable Path scoreOutputs;

  @Option(names = "--write-outputs", paramLabel = "FILE", description = "Write Marsad's texts as id -> {articleBody} JSON.")
  private @Nullable Path writeOutputs;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ZyteEval eval = new ZyteEval();
    Readability4JPageExtractor peer = new Readability4JPageExtractor();
    ZyteEval.Result r = eval.run(gold, new MarsadPageExtractor(), peer);
    out.printf(Locale.ROOT, "pages %d%n", r.pages());
    out.printf(Locale.ROOT, "%-14s %9s %9s %9s%n", "", "precision", "recall", "F1");
    row(out, "marsad", r.marsad());
    row(out, "readability4j", r.readability4j());
    if (peer.failures() > 0) {
      out.printf(Locale.ROOT, "readability4j threw on %d pages, first: %s%n", peer.failures(), peer.firstFailure());
    }
    if (scoreOutputs != null) {
      row(out, scoreOutputs.getFileName().toString(), eval.scoreOutputs(gold, scoreOutputs));
    }
    for (ZyteEval.PageScore p : r.worst(worst)) {
      out.printf(Locale.ROOT, "worst  %.3f (r4j %.3f)  %s  %s%n", p.marsadF1(), p.peerF1(), p.id().substring(0, Math.min(12, p.id().length())), p.url());
    }
    if (writeOutputs != null) {
      ObjectNode all = ArticleJson.mapper().createObjectNode();
      r.marsadTexts().forEach((id, text) -> all.putObject(id).put("articleBody", text));
      Files.writeString(writeOutputs, ArticleJson.mapper().writeValueAsString(all), StandardCharsets.UTF_8);
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "extract-zyte", r.metrics(), spec.commandLine().getErr());
  }

  private static void row(PrintWriter out, String name, ZyteEval.Score s) {
    out.printf(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f%n", name, s.precision(), s.recall(), s.f1());
  }
}
