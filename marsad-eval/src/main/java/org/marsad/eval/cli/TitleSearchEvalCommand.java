package org.marsad.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.cli.MarsadCommand;
import org.marsad.eval.search.TitleSearchEval;
import org.marsad.store.codec.ArticleJson;
import org.marsad.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.marsad.eval.sample.Corpus;

/** {@code marsad eval title-search --corpus PATH… --n N --seed S}: exact titles find their article. */
@Command(
    name = "title-search",
    description = "Search N sampled titles of an ingested corpus in the store (--data); top-1 share and MRR@10.")
final class TitleSearchEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "The record files that were ingested.")
  private List<Path> corpus;

  @Option(names = "--n", defaultValue = "1000", description = "Titles to search (default: ${DEFAULT-VALUE}).")
  private int n;

  @Option(names = "--seed", defaultValue = "1", description = "Sampling seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--floors", paramLabel = "FILE", description = "Exit with code 4 when a score is below its floor in FILE.")
  private @Nullable Path floors;

  @Option(names = "--failures", description = "List the titles that did not come first (up to 50).")
  private boolean showMisses;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    MarsadCommand root = (MarsadCommand) spec.root().userObject();
    TitleSearchEval.Result r;
    try (LuceneStore store = LuceneStore.open(root.indexDir())) {
      r = new TitleSearchEval().run(Corpus.files(corpus), n, seed, store);
    }
    out.printf(Locale.ROOT, "titles searched %,d (not in the store: %,d)%n", r.queries(), r.missing());
    out.printf(Locale.ROOT, "top-1           %.4f%n", r.top1());
    out.printf(Locale.ROOT, "MRR@10          %.4f%n", r.mrr10());
    if (showMisses) {
      r.misses().forEach(m -> out.println("  ✗ " + m));
    }
    out.println(ArticleJson.mapper().writeValueAsString(r.toJson()));
    if (r.queries() == 0) {
      spec.commandLine().getErr().println("marsad: none of the sampled articles is in the store; ingest the corpus first");
      return org.marsad.app.cli.ExitCodes.FAILED;
    }
    return FloorCheck.check(floors, "title-search", r.metrics(), spec.commandLine().getErr());
  }
}
