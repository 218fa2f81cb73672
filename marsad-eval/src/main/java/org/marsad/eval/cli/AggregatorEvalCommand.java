package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.aggregator.AggregatorEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(
      names = "--failures-of",
      paramLabel = "HALF",
      description = "List failed checks of one hash half only: tune (sha1(page) %% 2 = 0) or check (1). Tune on the first; the second stays unseen.")
  private @Nullable String failuresOf;

  @Option(
      names = "--sites",
      paramLabel = "EVIDENCE",
      defaultValue = "URLS",
      description = "What a page may learn from its site's other pages: URLS (sites from SOURCES.tsv and shared lines), SHARED_LINES (shared lines only) or NONE (each page alone). Default: ${DEFAULT-VALUE}.")
  private AggregatorEval.SiteEvidence sites;

  @Option(names = "--task", paramLabel = "NAME", defaultValue = "aggregator", description = "Name of the floors to check (default: ${DEFAULT-VALUE}).")
  private String task;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AggregatorEval.Result r = new AggregatorEval().run(gold, sites);
    out.printf(Locale.ROOT, "%-16s %8s %8s %8s%n", "field", "correct", "total", "share");
    r.fields().forEach((f, s) -> out.printf(Locale.ROOT, "%-16s %8d %8d %8.3f%n", f, s.correct(), s.total(), s.ratio()));
    out.printf(Locale.ROOT, "%-16s %26.3f%n", "accuracy", r.accuracy());
    for (String half : AggregatorEval.HALF_NAMES) {
      out.printf(Locale.ROOT, "%-16s %26.3f%n", half + " half", r.metrics().get(half + ".accuracy"));
    }
    int only = failuresOf == null ? -1 : List.of(AggregatorEval.HALF_NAMES).indexOf(failuresOf);
    if (failuresOf != null && only < 0) {
      throw new ParameterException(spec.commandLine(), "--failures-of: tune or check, not " + failuresOf);
    }
    if (showFailures || only >= 0 || r.failures().size() <= 10) {
      r.failures().stream()
          .filter(f -> only < 0 || f.half() == only)
          .forEach(f -> out.println("  ✗ " + f.page() + " " + f.field() + ": expected " + f.expected() + ", got " + f.actual()));
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson().put("task", task)));
    return FloorCheck.check(floors, task, r.metrics(), spec.commandLine().getErr());
  }
}
