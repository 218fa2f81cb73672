package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.stories.SimilarityEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(
      names = "--failures-of",
      paramLabel = "HALF",
      description = "List the worst-ranked pairs of one hash half only: tune (sha1(pair_id) %% 2 = 0) or check (1). Tune on the first; the second stays unseen.")
  private @Nullable String failuresOf;

  /** Enough of a half's pairs to see what goes wrong, few enough to read. */
  static final int FAILURES_SHOWN = 10;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int only = failuresOf == null ? -1 : SimilarityEval.HALF_NAMES.indexOf(failuresOf);
    if (failuresOf != null && only < 0) {
      throw new ParameterException(spec.commandLine(), "--failures-of: tune or check, not " + failuresOf);
    }
    SimilarityEval.Result r = new SimilarityEval().run(gold);
    if (only < 0) {
      for (SimilarityEval.Scored s : r.pairs()) {
        out.printf(Locale.ROOT, "%s %s overall %.1f score %.3f %s%n", s.id1(), s.id2(), s.overall(), s.score(), s.sameStory() ? "same story" : "");
      }
    }
    for (SimilarityEval.Half h : r.halves()) {
      out.printf(Locale.ROOT, "%-6s half: %2d pairs, spearman %.3f, same-story accuracy %.3f%n", h.name(), h.pairs(), h.spearman(), h.sameStoryAccuracy());
    }
    if (only >= 0) {
      out.printf(Locale.ROOT, "worst-ranked pairs of the %s half (rank by score vs rank by rating):%n", failuresOf);
      List<SimilarityEval.Scored> worst = r.worstRanked(only, FAILURES_SHOWN);
      for (SimilarityEval.Scored s : worst) {
        out.printf(Locale.ROOT, "  ✗ %s overall %.1f score %.3f %s%n", s.pairId(), s.overall(), s.score(), s.sameStory() ? "same story" : "");
      }
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "similarity", r.metrics(), spec.commandLine().getErr());
  }
}
