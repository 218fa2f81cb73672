package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.server.SearchJson;
import org.marsad.model.Span;
import org.marsad.store.Highlight;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.codec.ArticleJson;
import org.marsad.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad search QUERY}: full-text search across Arabic spelling variants. */
@Command(name = "search", description = "Search stored articles; Arabic matches across spelling variants.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words; \"…\" for a phrase. Empty lists the newest.")
  private List<String> query = List.of();

  @Mixin private FilterOptions filters = new FilterOptions();

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
  private int offset;

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = new SearchRequest(String.join(" ", query), filters.source, filters.from, filters.to, offset, limit);
    SearchResult result;
    try (LuceneStore store = LuceneStore.open(root.indexDir())) {
      result = store.search(request);
    }
    if (json) {
      out.println(ArticleJson.mapper().writeValueAsString(SearchJson.of(result)));
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "%,d articles%n", result.total());
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%d. %s%n   %s · %s · %s%n",
          ++rank,
          hit.title(),
          hit.source() == null ? "?" : hit.source(),
          hit.published() == null ? "no date" : hit.published().iso(),
          hit.id());
      for (Highlight h : hit.highlights()) {
        out.println("   … " + marked(h, Terminal.isInteractive()) + " …");
      }
    }
    return ExitCodes.OK;
  }

  /** The passage with its matches in bold on a terminal, between ⟦ ⟧ otherwise. */
  static String marked(Highlight h, boolean ansi) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span m : h.matches()) {
      sb.append(h.text(), at, m.start()).append(ansi ? "\u001b[1m" : "⟦").append(m.of(h.text())).append(ansi ? "\u001b[0m" : "⟧");
      at = m.end();
    }
    return sb.append(h.text().substring(at)).toString().replace('\n', ' ');
  }
}
