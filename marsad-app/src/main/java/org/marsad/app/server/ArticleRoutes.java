package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.server.Route.Param;
import org.marsad.app.stories.RelatedRead;
import org.marsad.app.stories.StoryJson;
import org.marsad.app.stories.StoryViews;
import org.marsad.enrich.Enricher;
import org.marsad.model.Article;
import org.marsad.model.RelatedRef;
import org.marsad.store.ArticleStore;
import org.marsad.store.codec.ArticleJson;

/** One stored article, as {@code marsad show --json} prints it, and the reads related to it. */
final class ArticleRoutes implements RouteGroup {
  /** Ids are hashes of a few dozen characters; a longer one cannot exist and is not looked up. */
  static final int MAX_ID_CHARS = 200;

  private final ArticleStore store;
  private final StoryViews stories;

  ArticleRoutes(ArticleStore store, StoryViews stories) {
    this.store = store;
    this.stories = stories;
  }

  @Override
  public List<Route> routes() {
    Param id = Param.path("id", "the article's id, as search returns it");
    return List.of(
        Route.get("/api/articles/{id}", this::article, Route.doc(
            "One stored article with its annotations (as `marsad show --json`), its duplicate group (duplicateOf, copies), its storyId and Marsad's related reads",
            List.of(id), Map.of(200, "the article, with duplicateOf, copies: [{id, title, source, published, publishedPrecision, url, canonical}], storyId, Marsad's related: [{id, title, source, published, publishedPrecision, storyId, score}] and the page's own readAlso",
                404, "no article has this id"))),
        Route.get("/api/articles/{id}/related", this::related, Route.doc(
            "Reads related to an article: the page's own (\"read also\") and Marsad's own, kept apart",
            List.of(id), Map.of(200, "{page: [{id, title, source, published, publishedPrecision, url, stored}], marsad: [{id, title, source, published, publishedPrecision, storyId, score}]}; dates as the page gave them (2015-07-21, 2015-07-21T06:53, 2015-07-21T06:53:00+03:00)",
                404, "no article has this id"))));
  }

  private void article(Context ctx) throws IOException {
    // stored before a stage existed or changed: shown with its layers made now, not rewritten
    Article a = Enricher.standard().enrich(require(ctx));
    ObjectNode n = ArticleJson.toNode(a);
    StoryJson.addTo(n, stories.of(a));
    Json.send(ctx, n);
  }

  /**
   * Each related read of the page, as the stored article when the store has it (its title and
   * date may be better than the link's), else as the link described it; then Marsad's own.
   */
  private void related(Context ctx) throws IOException {
    Article a = require(ctx);
    ObjectNode n = Json.object();
    ArrayNode page = n.putArray("page");
    for (RelatedRef ref : a.readAlso()) {
      Optional<Article> stored = store.find(ref.id());
      RelatedRef shown = stored.map(RelatedRef::to).orElse(ref);
      ObjectNode o = page.addObject()
          .put("id", shown.id())
          .put("title", shown.title())
          .put("source", shown.source());
      StoryJson.putPublished(o, shown.published());
      o.put("url", shown.url())
          .put("stored", stored.isPresent());
    }
    ArrayNode marsad = n.putArray("marsad");
    for (RelatedRead r : stories.related(a, StoryViews.RELATED_READS)) {
      StoryJson.add(marsad, r);
    }
    Json.send(ctx, n);
  }

  private Article require(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (id.length() > MAX_ID_CHARS) {
      throw ApiException.badRequest("id: at most " + MAX_ID_CHARS + " characters, got " + id.length());
    }
    return store.find(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
  }
}
