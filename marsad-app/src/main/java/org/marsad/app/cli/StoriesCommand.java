package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.marsad.app.stories.Storage;
import org.marsad.app.stories.StoryJson;
import org.marsad.app.stories.StoryView;
import org.marsad.app.stories.StoryViews;
import org.marsad.model.Published;
import org.marsad.store.StoryQuery;
import org.marsad.store.codec.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad stories [ID]}: the largest (or latest) stories, or one story's timeline. */
@Command(name = "stories", description = "List stories (articles about one event, copies included), or show one with its timeline. Exit code 5 when no story has the id.")
final class StoriesCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A story's id: show it with its timeline.")
  private @Nullable String id;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First publication day.")
  private @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last publication day.")
  private @Nullable LocalDate to;

  @Option(names = "--min", defaultValue = "2", description = "Only stories with at least this many articles (default: ${DEFAULT-VALUE}).")
  private int min;

  @Option(names = "--sort", defaultValue = "LARGEST", description = "LARGEST or LATEST (default: ${DEFAULT-VALUE}).")
  private StoryQuery.Order sort;

  @Option(names = "--limit", defaultValue = "20", description = "Stories to list (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--json", description = "Print as JSON, as the API answers.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Storage store = Storage.open(root.dataDir(), spec.commandLine().getErr()::println)) {
      StoryViews views = new StoryViews(store);
      if (id != null) {
        Optional<StoryView> s = views.story(id);
        if (s.isEmpty()) {
          spec.commandLine().getErr().println("marsad: no story with id " + id);
          return ExitCodes.NOT_FOUND;
        }
        printStory(out, s.get());
        return ExitCodes.OK;
      }
      StoryQuery q = StoryQuery.ofDays(from, to, min, sort, 0, Math.max(1, Math.min(limit, 1000)));
      StoryViews.StoryListing listing = views.stories(q);
      if (json) {
        ObjectNode n = ArticleJson.mapper().createObjectNode();
        n.put("total", listing.total());
        ArrayNode stories = n.putArray("stories");
        listing.stories().forEach(s -> stories.add(StoryJson.summary(s)));
        out.println(ArticleJson.mapper().writeValueAsString(n));
        return ExitCodes.OK;
      }
      out.printf(Locale.ROOT, "%,d stories%n", listing.total());
      for (StoryView s : listing.stories()) {
        out.printf(Locale.ROOT, "%4d articles %3d sources  %s  %s%n", s.articles(), s.sources().size(), s.id(), s.label());
      }
      return ExitCodes.OK;
    }
  }

  private void printStory(PrintWriter out, StoryView s) throws Exception {
    if (json) {
      out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(StoryJson.full(s)));
      return;
    }
    out.println(s.label());
    out.printf(Locale.ROOT, "%d articles, %d texts, %d sources, %s to %s%n", s.articles(), s.texts(), s.sources().size(), iso(s.first()), iso(s.last()));
    s.sources().forEach(c -> out.printf(Locale.ROOT, "  %-20s %d%n", c.source(), c.articles()));
    out.println();
    for (StoryView.TimelineEntry e : s.timeline()) {
      out.printf(Locale.ROOT, "%s  %-14s %s%s  (%s)%n", iso(e.published()), e.source(), e.title(),
          e.copies() > 0 ? "  +" + e.copies() + " copies" : "", e.id());
    }
  }

  private static String iso(@Nullable Published p) {
    return p == null ? "no date" : p.iso();
  }
}
