package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.app.server.Route.Param;
import org.marsad.app.stories.StoryView;
import org.marsad.app.stories.StoryJson;
import org.marsad.app.stories.StoryViews;
import org.marsad.store.StoryQuery;

/** Stories: lists of them, and one with its timeline. */
final class StoryRoutes implements RouteGroup {
  static final int MAX_PAGE_SIZE = 50;
  static final int MAX_PAGE = 1000;
  /** Story ids are article ids. */
  static final int MAX_ID_CHARS = ArticleRoutes.MAX_ID_CHARS;

  private final StoryViews views;

  StoryRoutes(StoryViews views) {
    this.views = views;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/api/stories", this::list, Route.doc("Stories: articles about one event, copies and all, with their label and sources",
            List.of(Param.query("from", "string", "first publication day, YYYY-MM-DD"),
                Param.query("to", "string", "last publication day, YYYY-MM-DD"),
                Param.query("min", "integer", "only stories with at least this many articles, 1..1000, default 2"),
                Param.query("sort", "string", "largest (default) or latest"),
                Param.query("page", "integer", "1.." + MAX_PAGE + ", default 1"),
                Param.query("size", "integer", "stories per page, 1.." + MAX_PAGE_SIZE + ", default 20")),
            Map.of(200, "{total, stories: [{id, label, labelId, articles, texts, first, last, sources: [{source, articles}]}], page, size}",
                400, "a parameter is out of range"))),
        Route.get("/api/stories/{id}", this::story, Route.doc("One story with its timeline, one entry per distinct text",
            List.of(Param.path("id", "the story's id, as the stories list or an article's storyId gives it")),
            Map.of(200, "{id, label, labelId, articles, texts, first, last, sources, timeline: [{id, title, source, published, publishedPrecision, copies}]}; dates as the page gave them",
                404, "no story has this id"))));
  }

  private void list(Context ctx) throws IOException {
    int page = Params.integer(ctx, "page", 1, 1, MAX_PAGE);
    int size = Params.integer(ctx, "size", 20, 1, MAX_PAGE_SIZE);
    int min = Params.integer(ctx, "min", 2, 1, 1000);
    StoryQuery query = StoryQuery.ofDays(Params.day(ctx, "from"), Params.day(ctx, "to"), min, order(ctx), (page - 1) * size, size);
    StoryViews.StoryListing listing = views.stories(query);
    ObjectNode n = Json.object();
    n.put("total", listing.total());
    ArrayNode stories = n.putArray("stories");
    for (StoryView s : listing.stories()) {
      stories.add(StoryJson.summary(s));
    }
    n.put("page", page);
    n.put("size", size);
    Json.send(ctx, n);
  }

  private void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (id.length() > MAX_ID_CHARS) {
      throw ApiException.badRequest("id: at most " + MAX_ID_CHARS + " characters, got " + id.length());
    }
    StoryView s = views.story(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
    Json.send(ctx, StoryJson.full(s));
  }

  private static StoryQuery.Order order(Context ctx) {
    String sort = Params.text(ctx, "sort");
    if (sort == null) {
      return StoryQuery.Order.LARGEST;
    }
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "largest" -> StoryQuery.Order.LARGEST;
      case "latest" -> StoryQuery.Order.LATEST;
      default -> throw ApiException.badRequest("sort: largest or latest, got " + sort);
    };
  }
}
