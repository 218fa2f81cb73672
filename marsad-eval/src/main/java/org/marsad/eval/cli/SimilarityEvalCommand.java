package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.stories.SimilarityEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval similarity --gold DIR}: relatedness against human similarity ratings. */
@Command(name = "similarity",
    description = "Places DIR/articles.jsonl and scores Marsad's relatedness on DIR/pairs.tsv: Spearman with 5 - overall, same-story accuracy (overall <= 1.5), nDCG of related reads.")
final class SimilarityEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with articles.jsonl and pairs.tsv.")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SimilarityEval.Result r = new SimilarityEval().run(gold);
    for (SimilarityEval.Scored s : r.pairs()) {
      out.printf(Locale.ROOT, "%s %s overall %.1f score %.3f %s%n", s.id1(), s.id2(), s.overall(), s.score(), s.sameStory() ? "same story" : "");
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "similarity", r.metrics(), spec.commandLine().getErr());
  }
}
