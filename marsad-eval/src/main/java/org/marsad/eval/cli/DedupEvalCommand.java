package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.eval.sample.Corpus;
import org.marsad.eval.stories.DedupEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad eval dedup --corpus PATH --gold FILE}: duplicate decisions on labelled pairs. */
@Command(name = "dedup",
    description = "Ingests the corpus into a fresh store and scores Marsad's duplicate groups on url1<TAB>url2<TAB>dup|not pairs: pair precision, recall, F1, for all pairs and each hash half, and the wrong pairs of one half.")
final class DedupEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Labelled pairs (see eval/dedup/README.md).")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Option(
      names = "--failures-of",
      paramLabel = "HALF",
      defaultValue = "tune",
      description = "List the wrong pairs of one hash half (sha1 of the two URLs sorted, %% 2): tune (0, the default) or check (1). Tune on the first; the second stays unseen.")
  private String failuresOf;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int only = List.of(DedupEval.HALF_NAMES).indexOf(failuresOf);
    if (only < 0) {
      throw new ParameterException(spec.commandLine(), "--failures-of: tune or check, not " + failuresOf);
    }
    Path scratch = Files.createTempDirectory("marsad-dedup-");
    DedupEval.Result r;
    try {
      r = new DedupEval().run(Corpus.files(corpus), gold, scratch);
    } finally {
      Scratch.delete(scratch);
    }
    DedupEval.Counts all = r.all();
    r.errors().forEach(out::println);
    r.failures().stream().filter(f -> f.half() == only).forEach(f -> out.println(failuresOf + ": " + f.message()));
    out.printf(Locale.ROOT, "pairs %d: %d true dup, %d false dup, %d missed dup, %d true not; %d not in the corpus%n",
        all.pairs(), all.truePositives(), all.falsePositives(), all.falseNegatives(), all.trueNegatives(), r.missing());
    out.printf(Locale.ROOT, "%-6s %6s %9s %7s %7s%n", "half", "pairs", "precision", "recall", "f1");
    out.printf(Locale.ROOT, "%-6s %6d %9.4f %7.4f %7.4f%n", "all", all.pairs(), all.precision(), all.recall(), all.f1());
    for (int h = 0; h < r.halves().size(); h++) {
      DedupEval.Counts c = r.halves().get(h);
      out.printf(Locale.ROOT, "%-6s %6d %9.4f %7.4f %7.4f%n", DedupEval.HALF_NAMES[h], c.pairs(), c.precision(), c.recall(), c.f1());
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "dedup", r.metrics(), spec.commandLine().getErr());
  }
}
