package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.RelatedRef;
import org.marsad.store.codec.ArticleJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.app.stories.ArticleStories;
import org.marsad.app.stories.Storage;
import org.marsad.enrich.Enricher;
import org.marsad.app.stories.RelatedRead;
import org.marsad.app.stories.StoryJson;
import org.marsad.app.stories.StoryViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code marsad show ID}: one stored article, all its fields. */
@Command(name = "show", description = "Show one stored article. Exit code 5 when no article has that id.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand private MarsadCommand root;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The article's id (from search).")
  private String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Article> found;
    ArticleStories stories = null;
    try (Storage storage = Storage.open(root.dataDir(), spec.commandLine().getErr()::println)) {
      // stored before a stage existed or changed: shown with its layers made now, not rewritten
      found = storage.store().find(id).map(Enricher.standard()::enrich);
      if (found.isPresent()) {
        stories = new StoryViews(storage).of(found.get());
      }
    }
    if (found.isEmpty() || stories == null) {
      spec.commandLine().getErr().println("marsad: no article with id " + id);
      return ExitCodes.NOT_FOUND;
    }
    Article a = found.get();
    if (json) {
      ObjectNode n = ArticleJson.toNode(a);
      StoryJson.addTo(n, stories);
      out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
      return ExitCodes.OK;
    }
    out.println(a.title());
    out.println("=".repeat(Math.min(60, Math.max(10, a.title().length()))));
    out.println("id:        " + a.id());
    if (a.url() != null) {
      out.println("url:       " + a.url());
    }
    out.println("published: " + (a.published() == null ? "unknown" : a.published().iso() + "  (\"" + a.published().text() + "\")"));
    for (Credit c : a.credits()) {
      out.printf(Locale.ROOT, "%-10s %s%n", c.role().key() + ":", c.name());
    }
    out.println();
    a.body().forEach(p -> out.println(p + "\n"));
    if (!a.tags().isEmpty()) {
      out.println("tags: " + String.join(" · ", a.tags()));
    }
    for (RelatedRef r : a.readAlso()) {
      out.println("read also: " + r.title() + " (" + r.source() + ", " + r.id() + ")");
    }
    if (stories.duplicateOf() != null) {
      out.println("copy of:   " + stories.duplicateOf());
    }
    if (!stories.copies().isEmpty()) {
      out.println("published by " + stories.outlets(a.source()) + " outlets:");
      stories.copies().forEach(c -> out.println("  " + c.source() + "  " + (c.published() == null ? "no date" : c.published().iso()) + "  " + c.id() + (c.canonical() ? "  (canonical)" : "")));
    }
    if (stories.storyId() != null) {
      out.println("story:     " + stories.storyId());
    }
    for (RelatedRead r : stories.related()) {
      out.printf(Locale.ROOT, "related:   %s (%s, %s, %.2f)%n", r.title(), r.source(), r.id(), r.score());
    }
    a.provenance().notes().forEach(n -> out.println("note: " + n));
    out.println("from: " + a.provenance().location());
    return ExitCodes.OK;
  }
}
