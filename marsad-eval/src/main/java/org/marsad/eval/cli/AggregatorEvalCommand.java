package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.aggregator.AggregatorEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval aggregator --gold DIR}: the page reader against expected JSON. */
@Command(name = "aggregator", description = "Per-field accuracy of the aggregator page reader on NAME.txt + NAME.expected.json pairs.")
final class AggregatorEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of NAME.txt and NAME.expected.json pairs.")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Option(names = "--failures", description = "List every failed check.")
  private boolean showFailures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AggregatorEval.Result r = new AggregatorEval().run(gold);
    out.printf(Locale.ROOT, "%-16s %8s %8s %8s%n", "field", "correct", "total", "share");
    r.fields().forEach((f, s) -> out.printf(Locale.ROOT, "%-16s %8d %8d %8.3f%n", f, s.correct(), s.total(), s.ratio()));
    out.printf(Locale.ROOT, "%-16s %26.3f%n", "accuracy", r.accuracy());
    if (showFailures || r.failures().size() <= 10) {
      r.failures().forEach(f -> out.println("  ✗ " + f.page() + " " + f.field() + ": expected " + f.expected() + ", got " + f.actual()));
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "aggregator", r.metrics(), spec.commandLine().getErr());
  }
}
