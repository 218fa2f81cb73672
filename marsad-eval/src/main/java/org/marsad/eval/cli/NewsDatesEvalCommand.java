package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.dates.NewsDatesEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad eval dates-news --corpus PATH… --gold FILE}: the article JSON's dates on real news. */
@Command(name = "dates-news",
    description = "Scores the dates[] of stored articles on hand-resolved temporal expressions in real news (eval/dates-news): accuracy of the value (start, end, grain) of an overlapping tag, per hash half.")
final class NewsDatesEvalCommand implements Callable<Integer> {
  private static final String TASK = "dates-news";

  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them holding the gold's articles.")
  private List<Path> corpus;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "expressions.tsv (an articles.tsv beside it lists the articles read).")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Option(names = "--failures-of", paramLabel = "HALF", defaultValue = "tune",
      description = "List the failures of one hash half: tune (sha1(url#start) %% 2 = 0, default) or check (1). Tune on the first; the second stays unseen.")
  private String failuresOf;

  @Override
  public Integer call() throws Exception {
    int half = List.of(NewsDatesEval.HALF_NAMES).indexOf(failuresOf);
    if (half < 0) {
      throw new ParameterException(spec.commandLine(), "--failures-of: tune or check, not " + failuresOf);
    }
    PrintWriter out = spec.commandLine().getOut();
    NewsDatesEval.Result r = new NewsDatesEval().run(corpus, gold);
    for (NewsDatesEval.Case c : r.cases()) {
      if (c.half() == half && !c.right()) {
        String got = c.problem() != null ? c.problem()
            : c.got() == null ? "nothing" : "«" + c.got().text() + "» " + c.got().value();
        out.printf(Locale.ROOT, "  ✗ [%s] «%s» %s#%d: gold %s, got %s%n",
            c.kind(), c.gold().text(), c.gold().url(), c.gold().start(), c.goldValue(), got);
      }
    }
    r.spuriousExamples().stream().filter(s -> s.half() == half).forEach(s ->
        out.printf(Locale.ROOT, "  + tagged outside the gold «%s» %s %s%n", s.tagged().text(), s.tagged().value(), s.url()));
    out.printf(Locale.ROOT, "%-28s %6s %6s %8s%n", "kind (both halves)", "wrong", "total", "accuracy");
    r.wrongByKind().forEach((kind, n) ->
        out.printf(Locale.ROOT, "%-28s %6d %6d %8.3f%n", kind, n[0], n[1], n[1] == 0 ? 0.0 : 1.0 - (double) n[0] / n[1]));
    printCounts(out, "all", r.all());
    for (int h = 0; h < 2; h++) {
      printCounts(out, NewsDatesEval.HALF_NAMES[h] + " half", r.half(h));
    }
    out.printf(Locale.ROOT, "precision %.3f (%d tagged in the labelled regions, %d overlap no gold expression); %d of %d articles missing from the corpus%n",
        r.precision(), r.tagged(), r.spurious(), r.missingArticles(), r.articles());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, TASK, r.metrics(), spec.commandLine().getErr());
  }

  private static void printCounts(PrintWriter out, String name, NewsDatesEval.Counts c) {
    out.printf(Locale.ROOT, "%-10s accuracy %.3f (%d of %d right; found %d, exact span %d)%n",
        name, c.accuracy(), c.right(), c.total(), c.found(), c.exactSpan());
  }
}
