package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.marsad.app.follow.FeedState;
import org.marsad.store.ArticleStore;
import org.marsad.store.SourceSummary;
import org.marsad.store.StoreStats;

/** What the service holds and how it is doing: health, the followed feeds, the sources. */
final class StatusRoutes implements RouteGroup {
  /** Sources listed at most; a store of every Arabic outlet has a few thousand. */
  static final int MAX_SOURCES = 5_000;

  private final ArticleStore store;
  private final Supplier<List<FeedState>> feeds;
  private final Instant startedAt = Instant.now();

  StatusRoutes(ArticleStore store, Supplier<List<FeedState>> feeds) {
    this.store = store;
    this.feeds = feeds;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get("/api/health", this::health, Route.doc("Whether the service runs, with the store's size and failing feeds",
            List.of(), Map.of(200, "{status, articles, startedAt, feeds, feedsFailing}"))),
        Route.get("/api/feeds", this::feedList, Route.doc("The followed feeds and the state of each",
            List.of(), Map.of(200, "{feeds: [{name, url, status, lastPolled, lastSuccess, lastError, lastErrorAt, consecutiveFailures, itemsStored}]}"))),
        Route.get("/api/sources", this::sources, Route.doc("The sources in the store, most articles first",
            List.of(), Map.of(200, "{articles, earliest, latest, sources: [{name, articles, first, last}]}"))));
  }

  private void health(Context ctx) throws IOException {
    ObjectNode n = Json.object();
    n.put("status", "ok");
    n.put("articles", store.count());
    n.put("startedAt", startedAt.toString());
    List<FeedState> states = feeds.get();
    n.put("feeds", states.size());
    n.put("feedsFailing", states.stream().filter(s -> s.lastError() != null).count());
    Json.send(ctx, n);
  }

  private void feedList(Context ctx) {
    ObjectNode n = Json.object();
    ArrayNode list = n.putArray("feeds");
    for (FeedState s : feeds.get()) {
      ObjectNode o = list.addObject();
      o.put("name", s.name());
      o.put("url", s.url());
      o.put("status", s.lastError() != null ? "failing" : s.lastPolled() == null ? "waiting" : "ok");
      o.put("lastPolled", Params.iso(s.lastPolled()));
      o.put("lastSuccess", Params.iso(s.lastSuccess()));
      o.put("lastError", s.lastError());
      o.put("lastErrorAt", Params.iso(s.lastErrorAt()));
      o.put("consecutiveFailures", s.consecutiveFailures());
      o.put("itemsStored", s.itemsStored());
    }
    Json.send(ctx, n);
  }

  private void sources(Context ctx) throws IOException {
    StoreStats stats = store.stats();
    ObjectNode n = Json.object();
    n.put("articles", stats.articles());
    n.put("earliest", Params.iso(stats.earliest()));
    n.put("latest", Params.iso(stats.latest()));
    ArrayNode list = n.putArray("sources");
    for (SourceSummary s : store.sources(MAX_SOURCES)) {
      list.addObject().put("name", s.source()).put("articles", s.articles())
          .put("first", Params.iso(s.first())).put("last", Params.iso(s.last()));
    }
    Json.send(ctx, n);
  }
}
