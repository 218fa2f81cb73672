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
import picocli.CommandLine.Spec;

/** {@code marsad eval dedup --corpus PATH --gold FILE}: duplicate decisions on labelled pairs. */
@Command(name = "dedup",
    description = "Ingests the corpus into a fresh store and scores Marsad's duplicate groups on url1<TAB>url2<TAB>dup|not pairs: pair precision, recall, F1.")
final class DedupEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Labelled pairs (see eval/dedup/README.md).")
  private Path gold;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-dedup-");
    DedupEval.Result r;
    try {
      r = new DedupEval().run(Corpus.files(corpus), gold, scratch);
    } finally {
      Scratch.delete(scratch);
    }
    r.errors().forEach(out::println);
    out.printf(Locale.ROOT, "pairs %d: %d true dup, %d false dup, %d missed dup, %d true not; %d not in the corpus%n",
        r.pairs(), r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives(), r.missing());
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "dedup", r.metrics(), spec.commandLine().getErr());
  }
}
