package org.marsad.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ApiConfig;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.follow.FeedState;
import org.marsad.app.metrics.Metrics;
import org.marsad.app.stories.Storage;
import org.marsad.store.ArticleStore;
import org.marsad.app.stories.StoryViews;

/**
 * The HTTP server over a store: registers the API's route groups and any others it is given (a web
 * UI), maps exceptions to JSON errors in one place, and times every request for {@code /metrics}.
 * Start it with {@link #start()}, which returns the URL it serves; close it to stop.
 */
public final class ApiServer implements AutoCloseable {
  /** Longer queries are refused: no reader types more, and analysis cost grows with length. */
  public static final int MAX_QUERY_CHARS = SearchRoutes.MAX_QUERY_CHARS;
  public static final int MAX_PAGE_SIZE = SearchRoutes.MAX_PAGE_SIZE;
  /** Requests other than ingest carry no body worth more than this. */
  private static final long MAX_REQUEST_BYTES = 1_000_000L;
  /** The route label of requests no route matched, so scanners cannot mint a series per URL. */
  static final String UNMATCHED = "unmatched";

  private final ServerConfig config;
  private final ApiConfig api;
  private final Metrics metrics;
  private final List<Route> routes = new ArrayList<>();
  private final List<String> registered = new CopyOnWriteArrayList<>();
  private @Nullable Javalin app;

  /** Read-only, with its own metrics and no other routes. */
  public ApiServer(Storage storage, Supplier<List<FeedState>> feeds, ServerConfig config) {
    this(storage, feeds, config, ApiConfig.readOnly(), new Metrics(), List.of());
  }

  /**
   * @param feeds the followed feeds' states as they are now (empty when nothing is followed)
   * @param metrics what {@code /metrics} shows; the server adds request latencies and store size
   * @param extra route groups beyond the API's, such as a web UI's
   */
  public ApiServer(Storage storage, Supplier<List<FeedState>> feeds, ServerConfig config, ApiConfig api,
      Metrics metrics, List<RouteGroup> extra) {
    ArticleStore store = storage.store();
    this.config = config;
    this.api = api;
    this.metrics = metrics;
    StoryViews stories = new StoryViews(storage);
    List<RouteGroup> groups = new ArrayList<>(List.of(
        new StatusRoutes(store, feeds), new SearchRoutes(store), new ArticleRoutes(store, stories), new StoryRoutes(stories),
        new IngestRoutes(storage, api, metrics), new MetricsRoutes(metrics), new FeedRoutes(store),
        new OpenApi(() -> routes, version())));
    groups.addAll(extra);
    groups.forEach(g -> routes.addAll(g.routes()));
    metrics.gauge("articles", "Articles in the store.", () -> {
      try {
        return store.count();
      } catch (IOException e) {
        return -1;
      }
    });
  }

  /** Starts serving and returns the base URL, with the real port when the configured one is 0. */
  public URI start() {
    Javalin j = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.prefer405over404 = true;
      c.http.maxRequestSize = Math.max(MAX_REQUEST_BYTES, api.maxIngestBytes());
      c.events(e -> e.handlerAdded(h -> registered.add(h.getHttpMethod().name() + " " + h.getPath())));
      c.requestLogger.http((ctx, ms) -> metrics.request(routeOf(ctx), ctx.method().name(), ctx.statusCode(), (long) (ms * 1_000_000.0)));
    });
    for (Route r : routes) {
      j.addHttpHandler(r.method(), r.path(), r.handler());
    }
    j.exception(ApiException.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      Json.error(ctx, e.status(), e.error(), e.getMessage());
    });
    j.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage().toLowerCase(Locale.ROOT), e.getMessage()));
    j.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500, "internal error", e.getClass().getSimpleName()));
    for (HttpStatus s : List.of(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED)) {
      j.error(s, ctx -> {
        String type = ctx.res().getContentType();
        // A route that answered with its own JSON error or HTML page (the web UI's) keeps it.
        if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html"))) {
          Json.error(ctx, s.getCode(), s.getMessage().toLowerCase(Locale.ROOT), ctx.method().name() + " " + ctx.path());
        }
      });
    }
    j.start(config.host(), config.port());
    app = j;
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + j.port() + "/");
  }

  /** The route template a request matched, or {@link #UNMATCHED}. */
  private static String routeOf(Context ctx) {
    try {
      String path = ctx.endpointHandlerPath();
      return path.isEmpty() || path.equals("*") ? UNMATCHED : path;
    } catch (RuntimeException e) {
      return UNMATCHED;
    }
  }

  /** Every route this server has, documented or not. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** "METHOD path" of every handler Javalin registered, as its events told. */
  List<String> registeredHandlers() {
    return List.copyOf(registered);
  }

  private static String version() {
    String v = ApiServer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void close() {
    Javalin j = app;
    if (j != null) {
      j.stop();
      app = null;
    }
  }
}
