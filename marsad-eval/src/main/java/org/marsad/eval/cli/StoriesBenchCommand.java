package org.marsad.eval.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.cli.ExitCodes;
import org.marsad.eval.sample.Corpus;
import org.marsad.eval.stories.StoriesBench;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench stories --corpus PATH…}: ingest with and without stories. */
@Command(name = "stories",
    description = "Articles/s of ingest with and without duplicate detection and story clustering, placing cost per 5,000 articles, peak heap, groups and stories, and agreement under another order.")
final class StoriesBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Record files or folders of them.")
  private List<Path> corpus;

  @Option(names = "--rounds", defaultValue = "2", description = "Rounds per side; the best counts (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the shuffled order (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("marsad-bench-stories-");
    ObjectNode r;
    try {
      r = new StoriesBench().run(Corpus.files(corpus), rounds, seed, scratch);
    } finally {
      Scratch.delete(scratch);
    }
    out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    return ExitCodes.OK;
  }
}
