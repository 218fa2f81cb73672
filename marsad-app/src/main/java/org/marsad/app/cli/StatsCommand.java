package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.StoreStats;
import org.marsad.store.codec.ArticleJson;
import org.marsad.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad stats}: what the store holds. */
@Command(name = "stats", description = "Count stored articles, by source and date range.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print as JSON: {\"articles\":N,\"sources\":{…},…}.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoreStats s;
    try (LuceneStore store = LuceneStore.open(root.indexDir())) {
      s = store.stats();
    }
    if (json) {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("articles", s.articles());
      ObjectNode sources = n.putObject("sources");
      s.sources().forEach(sources::put);
      n.put("earliest", s.earliest() == null ? null : s.earliest().toString());
      n.put("latest", s.latest() == null ? null : s.latest().toString());
      n.put("data", root.dataDir().toAbsolutePath().normalize().toString());
      out.println(ArticleJson.mapper().writeValueAsString(n));
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%,d articles in %s%n", s.articles(), root.dataDir().toAbsolutePath().normalize());
    if (s.earliest() != null) {
      out.println("published " + s.earliest() + " … " + s.latest());
    }
    s.sources().forEach((source, count) -> out.printf(Locale.ROOT, "  %,8d  %s%n", count, source));
    return ExitCodes.OK;
  }
}
