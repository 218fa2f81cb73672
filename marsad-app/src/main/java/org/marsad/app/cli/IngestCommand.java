package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.ingest.IngestSummary;
import org.marsad.app.ingest.Ingester;
import org.marsad.store.codec.ArticleJson;
import org.marsad.app.stories.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad ingest PATH…}: reads pages and record files into the store. */
@Command(
    name = "ingest",
    description = {
      "Read scraped pages (.txt) and JSON/JSONL records (also in .zip and .gz) into the store.",
      "Exit code 0: all read; 3: some inputs were skipped (reasons in the summary)."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  private List<String> paths;

  @Option(names = "--commit-every", defaultValue = "5000", description = "Commit after this many articles (default: ${DEFAULT-VALUE}).")
  private int commitEvery;

  @Option(names = "--json", description = "Print the summary as JSON.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    IngestSummary s;
    ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), !json && Terminal.isInteractive());
    try (Storage storage = Storage.open(root.dataDir(), spec.commandLine().getErr()::println)) {
      s = new Ingester(storage, commitEvery).ingest(paths, bar);
    } finally {
      bar.finish();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (json) {
      out.println(ArticleJson.mapper().writeValueAsString(toJson(s, seconds)));
    } else {
      printTable(out, s, seconds);
    }
    return s.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private static void printTable(PrintWriter out, IngestSummary s, double seconds) {
    out.printf(
        Locale.ROOT,
        "Read %,d articles from %,d files in %.1f s (%,.0f articles/s)%n",
        s.articlesRead(),
        s.files(),
        seconds,
        s.articlesRead() / Math.max(seconds, 1e-3));
    out.printf(Locale.ROOT, "  stored     %,10d  new%n", s.created());
    out.printf(Locale.ROOT, "  updated    %,10d%n", s.updated());
    out.printf(Locale.ROOT, "  unchanged  %,10d  already stored%n", s.unchanged());
    out.printf(Locale.ROOT, "  skipped    %,10d%n", s.skipped());
    for (String reason : s.reasons()) {
      out.println("    - " + reason);
    }
    if (s.reasonsDropped() > 0) {
      out.printf(Locale.ROOT, "    … and %,d more%n", s.reasonsDropped());
    }
    if (s.warnings() > 0) {
      out.printf(Locale.ROOT, "  warnings   %,10d%n", s.warnings());
      for (Map.Entry<String, Long> w : s.warningCounts().entrySet()) {
        out.printf(Locale.ROOT, "    %,6d × %s%n", w.getValue(), w.getKey());
      }
    }
  }

  private static ObjectNode toJson(IngestSummary s, double seconds) {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("files", s.files());
    n.put("read", s.articlesRead());
    n.put("stored", s.created());
    n.put("updated", s.updated());
    n.put("unchanged", s.unchanged());
    n.put("skipped", s.skipped());
    n.put("seconds", Math.round(seconds * 1000) / 1000.0);
    s.reasons().forEach(n.putArray("reasons")::add);
    ObjectNode warnings = n.putObject("warnings");
    s.warningCounts().forEach(warnings::put);
    return n;
  }
}
