package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.marsad.app.server.Route.Param;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/** {@code GET /api/search}: full-text search with highlights, facets over every match, and paging. */
final class SearchRoutes implements RouteGroup {
  /** Longer queries are refused: no reader types more, and analysis cost grows with length. */
  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_PAGE_SIZE = 100;
  /** Deep pages cost the index as much as a page of that many hits; nobody reads that far. */
  static final int MAX_PAGE = 10_000;

  private final ArticleStore store;

  SearchRoutes(ArticleStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.get("/api/search", this::search, Route.doc(
        "Search the stored articles; highlights are spans on the original text",
        List.of(Param.query("q", "string", "words to find, at most " + MAX_QUERY_CHARS + " characters; empty lists everything"),
            Param.query("source", "string", "only this source"),
            Param.query("tag", "string", "only articles carrying this site tag"),
            Param.query("from", "string", "first publication day, YYYY-MM-DD"),
            Param.query("to", "string", "last publication day, YYYY-MM-DD"),
            Param.query("page", "integer", "1.." + MAX_PAGE + ", default 1"),
            Param.query("size", "integer", "hits per page, 1.." + MAX_PAGE_SIZE + ", default 10")),
        Map.of(200, "{total, hits: [{id, title, source, published, score, highlights}], facets: {sources, tags, dates}, page, size}", 400, "a parameter is out of range"))));
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw ApiException.badRequest("q: at most " + MAX_QUERY_CHARS + " characters, got " + q.length());
    }
    int page = Params.integer(ctx, "page", 1, 1, MAX_PAGE);
    int size = Params.integer(ctx, "size", 10, 1, MAX_PAGE_SIZE);
    SearchRequest request = new SearchRequest(q == null ? "" : q, Params.text(ctx, "source"),
        Params.day(ctx, "from"), Params.day(ctx, "to"), Params.text(ctx, "tag"), (page - 1) * size, size,
        SearchRequest.DEFAULT_FACET_LIMIT);
    ObjectNode n = SearchJson.of(store.search(request));
    n.put("page", page);
    n.put("size", size);
    Json.send(ctx, n);
  }
}
