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
import org.marsad.eval.extract.SnippetsEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval extract-snippets --gold DIR}: trafilatura's with/without snippets, Marsad vs Readability4J. */
@Command(
    name = "extract-snippets",
    description = "Main text of the trafilatura evaluation pages with Marsad and Readability4J; share of 'with' "
        + "snippets found and of 'without' snippets avoided.")
final class ExtractSnippetsEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with evaldata.json and html/.")
  private Path gold;

  @Option(names = "--misses", defaultValue = "0", description = "List this many snippets Marsad got wrong (default: ${DEFAULT-VALUE}).")
  private int misses;

  @Option(names = "--write-outputs", paramLabel = "FILE", description = "Write Marsad's texts as file -> {articleBody} JSON.")
  private @Nullable Path writeOutputs;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Readability4JPageExtractor peer = new Readability4JPageExtractor();
    SnippetsEval.Result r = new SnippetsEval().run(gold, new MarsadPageExtractor(), peer);
    out.printf(Locale.ROOT, "pages %d, with snippets %d, without snippets %d%n", r.pages(), r.withCount(), r.withoutCount());
    out.printf(Locale.ROOT, "%-14s %10s %15s%n", "", "withFound", "withoutAvoided");
    out.printf(Locale.ROOT, "%-14s %10.4f %15.4f%n", "marsad", r.marsad().withFound(), r.marsad().withoutAvoided());
    out.printf(Locale.ROOT, "%-14s %10.4f %15.4f%n", "readability4j", r.readability4j().withFound(), r.readability4j().withoutAvoided());
    if (peer.failures() > 0) {
      out.printf(Locale.ROOT, "readability4j threw on %d pages, first: %s%n", peer.failures(), peer.firstFailure());
    }
    r.marsadMisses().stream().limit(misses).forEach(m -> out.printf(Locale.ROOT, "miss  %-8s %s  %s%n", m.kind(), m.file(), m.snippet()));
    if (writeOutputs != null) {
      ObjectNode all = ArticleJson.mapper().createObjectNode();
      r.marsadTexts().forEach((file, text) -> all.putObject(file).put("articleBody", text));
      Files.writeString(writeOutputs, ArticleJson.mapper().writeValueAsString(all), StandardCharsets.UTF_8);
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "extract-snippets", r.metrics(), spec.commandLine().getErr());
  }
}
