package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.follow.FeedState;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.codec.ArticleJson;

/**
 * The HTTP server over a store: health, feed states and search. Start it with {@link #start()},
 * which returns the URL it serves; close it to stop.
 */
public final class ApiServer implements AutoCloseable {
  /** Longer queries are refused: no reader types more, and analysis cost grows with length. */
  public static final int MAX_QUERY_CHARS = 500;
  public static final int MAX_PAGE_SIZE = 100;

  private final ArticleStore store;
  private final Supplier<List<FeedState>> feeds;
  private final ServerConfig config;
  private final Instant startedAt = Instant.now();
  private @Nullable Javalin app;

  /**
   * @param feeds the followed feeds' states as they are now (empty when nothing is followed)
   */
  public ApiServer(ArticleStore store, Supplier<List<FeedState>> feeds, ServerConfig config) {
    this.store = store;
    this.feeds = feeds;
    this.config = config;
  }

  /** Starts serving and returns the base URL, with the real port when the configured one is 0. */
  public URI start() {
    Javalin j = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = 1_000_000L;
    });
    j.get("/api/health", this::health);
    j.get("/api/feeds", this::feedList);
    j.get("/api/search", this::search);
    j.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad request", e.getMessage()));
    j.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error", e.getClass().getSimpleName()));
    j.error(HttpStatus.NOT_FOUND, ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith("application/json")) {
        error(ctx, HttpStatus.NOT_FOUND, "not found", ctx.path());
      }
    });
    j.start(config.host(), config.port());
    app = j;
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + j.port() + "/");
  }

  private void health(Context ctx) throws IOException {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("status", "ok");
    n.put("articles", store.count());
    n.put("startedAt", startedAt.toString());
    List<FeedState> states = feeds.get();
    n.put("feeds", states.size());
    n.put("feedsFailing", states.stream().filter(s -> s.lastError() != null).count());
    json(ctx, n);
  }

  private void feedList(Context ctx) {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    ArrayNode list = n.putArray("feeds");
    for (FeedState s : feeds.get()) {
      ObjectNode o = list.addObject();
      o.put("name", s.name());
      o.put("url", s.url());
      o.put("status", s.lastError() != null ? "failing" : s.lastPolled() == null ? "waiting" : "ok");
      o.put("lastPolled", str(s.lastPolled()));
      o.put("lastSuccess", str(s.lastSuccess()));
      o.put("lastError", s.lastError());
      o.put("lastErrorAt", str(s.lastErrorAt()));
      o.put("consecutiveFailures", s.consecutiveFailures());
      o.put("itemsStored", s.itemsStored());
    }
    json(ctx, n);
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new BadRequest("q: at most " + MAX_QUERY_CHARS + " characters, got " + q.length());
    }
    int page = intParam(ctx, "page", 1, 1, 10_000);
    int size = intParam(ctx, "size", 10, 1, MAX_PAGE_SIZE);
    SearchRequest request = new SearchRequest(
        q == null ? "" : q, blankToNull(ctx.queryParam("source")), day(ctx, "from"), day(ctx, "to"), (page - 1) * size, size);
    ObjectNode n = SearchJson.of(store.search(request));
    n.put("page", page);
    n.put("size", size);
    json(ctx, n);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < min || i > max) {
        throw new BadRequest(name + ": must be in " + min + ".." + max + ", got " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + ": not a number: " + v);
    }
  }

  private static @Nullable LocalDate day(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + ": not a day (YYYY-MM-DD): " + v);
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static @Nullable String str(@Nullable Instant i) {
    return i == null ? null : i.toString();
  }

  private static void json(Context ctx, ObjectNode n) {
    ctx.contentType("application/json; charset=utf-8");
    try {
      ctx.result(ArticleJson.mapper().writeValueAsBytes(n));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void error(Context ctx, HttpStatus status, String error, @Nullable String detail) {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("error", error);
    n.put("detail", detail);
    ctx.status(status);
    json(ctx, n);
  }

  @Override
  public void close() {
    Javalin j = app;
    if (j != null) {
      j.stop();
      app = null;
    }
  }

  /** A request the API cannot answer as asked; becomes a 400 with the reason. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
