package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.Lean;
import org.marsad.eval.dates.DatesEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval dates --gold FILE}: temporal expressions against Duckling-style gold. */
@Command(
    name = "dates",
    description = "Exact accuracy of the temporal tagger on a phrase<TAB>start<TAB>end<TAB>grain file; lists the misses.")
final class DatesEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold TSV with a '# reference time' header.")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Option(names = "--lean", defaultValue = "FUTURE",
      description = "Where undirected expressions point: FUTURE (Duckling's convention, default) or PAST (news).")
  private Lean lean;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DatesEval.Result r = new DatesEval(lean).run(gold);
    for (DatesEval.Case c : r.cases()) {
      String got = c.got() == null ? "-" : c.got().start() + " " + c.got().end() + " " + c.got().grain();
      out.printf(Locale.ROOT, "%s %s | gold %s %s %s | got %s%n", c.right() ? "ok  " : "MISS", c.phrase(),
          c.start(), c.end() == null ? "-" : c.end(), c.grain(), got);
    }
    out.printf(Locale.ROOT, "right %d of %d (tune half %.4f, check half %.4f)%n", r.right(), r.cases().size(),
        r.accuracy(0), r.accuracy(1));
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "dates", r.metrics(), spec.commandLine().getErr());
  }
}
