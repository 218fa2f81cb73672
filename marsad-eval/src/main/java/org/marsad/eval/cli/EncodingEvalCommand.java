package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.encoding.EncodingEval;
import org.marsad.eval.encoding.SyntheticEncodingEval;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.marsad.eval.sample.Corpus;

/**
 * {@code marsad eval encoding}: mojibake repair on gold lines ({@code --gold}), or on real titles
 * broken on purpose in every known way ({@code --synthetic --corpus}).
 */
@Command(
    name = "encoding",
    description = {
      "Mojibake repair: exact and pooled character accuracy on a TSV of broken<TAB>expected lines (--gold),",
      "or exact repairs per corruption kind and clean titles kept on N sampled corpus titles (--synthetic)."
    })
final class EncodingEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Mode mode;

  @Option(names = "--corpus", arity = "1..*", paramLabel = "PATH", description = "With --synthetic: record files or folders of them.")
  private List<Path> corpus = List.of();

  @Option(names = "--n", defaultValue = "1000", description = "With --synthetic: titles to sample (default: ${DEFAULT-VALUE}).")
  private int n;

  @Option(names = "--seed", defaultValue = "1", description = "With --synthetic: sampling seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  static final class Mode {
    @Option(names = "--gold", paramLabel = "FILE", description = "TSV of broken<TAB>expected lines (# comments).")
    @Nullable Path gold;

    @Option(names = "--synthetic", description = "Break sampled corpus titles in every known way.")
    boolean synthetic;
  }

  @Override
  public Integer call() throws Exception {
    Path gold = mode.gold;
    if (gold != null) {
      return gold(gold);
    }
    if (corpus.isEmpty()) {
      spec.commandLine().getErr().println("marsad: --synthetic needs --corpus PATH…");
      return ExitCodes.USAGE;
    }
    return synthetic();
  }

  private int gold(Path file) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    EncodingEval.Result r = new EncodingEval().run(file);
    out.printf(Locale.ROOT, "lines           %,d%n", r.lines());
    out.printf(Locale.ROOT, "exact           %.4f (%d)%n", r.accuracy(), r.exact());
    out.printf(Locale.ROOT, "char accuracy   %.4f (pooled: 1 - edits / expected chars)%n", r.charAccuracy());
    for (EncodingEval.Miss m : r.misses()) {
      out.println("  ✗ line " + m.lineNumber() + ": expected " + m.expected() + ", got " + m.actual());
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "encoding", r.metrics(), spec.commandLine().getErr());
  }

  private int synthetic() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SyntheticEncodingEval.Result r = new SyntheticEncodingEval().run(Corpus.files(corpus), n, seed);
    out.printf(Locale.ROOT, "titles %,d%n%-20s %8s %8s%n", r.titles(), "kind", "exact", "share");
    r.kinds().forEach((kind, s) -> {
      out.printf(Locale.ROOT, "%-20s %8d %8.4f%n", kind.id(), s.exact(), s.accuracy());
      s.misses().forEach(m -> out.println("  ✗ " + m));
    });
    out.printf(Locale.ROOT, "clean titles changed %d (kept %.4f)%n", r.falseRepairs().size(), r.cleanKept());
    r.falseRepairs().stream().limit(20).forEach(m -> out.println("  ✗ " + m));
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    return FloorCheck.check(floors, "encoding-synthetic", r.metrics(), spec.commandLine().getErr());
  }
}
