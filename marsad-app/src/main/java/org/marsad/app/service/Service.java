package org.marsad.app.service;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.MarsadConfig;
import org.marsad.app.follow.FeedFollower;
import org.marsad.app.follow.FeedState;
import org.marsad.app.follow.FeedStates;
import org.marsad.app.metrics.Metrics;
import org.marsad.app.server.ApiServer;
import org.marsad.app.web.WebRoutes;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.app.stories.Storage;

/**
 * Marsad running over a data folder: the store, the HTTP server, and optionally the follower of
 * the configured feeds. {@link #close()} stops polling, stops serving and commits the store.
 */
public final class Service implements AutoCloseable {
  /** Threads polling feeds; per-host politeness is the fetcher's, so more threads only help across hosts. */
  private static final int FOLLOW_THREADS = 4;

  private final Storage store;
  private final FeedStates states;
  private final List<FeedConfig> feeds;
  private final ApiServer server;
  private final @Nullable Fetcher fetcher;
  private final @Nullable FeedFollower follower;
  private final URI uri;

  private Service(Storage store, FeedStates states, List<FeedConfig> feeds, ApiServer server,
      @Nullable Fetcher fetcher, @Nullable FeedFollower follower, URI uri) {
    this.store = store;
    this.states = states;
    this.feeds = feeds;
    this.server = server;
    this.fetcher = fetcher;
    this.follower = follower;
    this.uri = uri;
  }

  /** Where a data folder keeps the feeds' state. */
  public static Path feedStateFile(Path dataDir) {
    return dataDir.resolve("feeds").resolve("state.json");
  }

  /**
   * Opens the store in {@code dataDir}, starts the server, and when {@code follow} polls the
   * configured feeds in the background. {@code log} hears about feed errors and new articles.
   */
  public static Service start(Path dataDir, MarsadConfig config, boolean follow, Consumer<String> log) throws IOException {
    List<String> warnings = new ArrayList<>();
    FeedStates states = FeedStates.open(feedStateFile(dataDir), warnings);
    warnings.forEach(log);
    Storage store = Storage.open(dataDir, log);
    Fetcher fetcher = null;
    FeedFollower follower = null;
    ApiServer server = null;
    try {
      List<FeedConfig> feeds = follow ? config.feeds() : List.of();
      Metrics metrics = new Metrics();
      if (follow) {
        fetcher = new Fetcher(config.fetch().toFetchConfig());
        FeedFollower f = new FeedFollower(store, fetcher, states, config.follow(), Clock.systemUTC(), log, metrics);
        follower = f;
        metrics.gauge("feeds_due", "Followed feeds whose next poll is due now (the poll queue).", () -> f.due(feeds));
      }
      metrics.gauge("feeds", "Followed feeds.", feeds::size);
      server = new ApiServer(store, () -> view(feeds, states), config.server(), config.api(), metrics,
          List.of(new WebRoutes(store)));
      URI uri = server.start();
      if (follower != null) {
        follower.start(feeds, FOLLOW_THREADS);
      }
      return new Service(store, states, feeds, server, fetcher, follower, uri);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      if (fetcher != null) {
        fetcher.close();
      }
      store.close();
      throw e;
    }
  }

  /** Each followed feed's state, in configuration order; feeds not polled yet show as waiting. */
  private static List<FeedState> view(List<FeedConfig> feeds, FeedStates states) {
    Map<String, FeedState> byUrl = new LinkedHashMap<>();
    for (FeedConfig f : feeds) {
      byUrl.put(f.url(), states.get(f.url(), f.name()).renamed(f.name()));
    }
    return List.copyOf(byUrl.values());
  }

  public URI uri() {
    return uri;
  }

  public List<FeedState> feedStates() {
    return view(feeds, states);
  }

  @Override
  public void close() throws IOException {
    try {
      if (follower != null) {
        follower.close();
      }
      server.close();
    } finally {
      try {
        if (fetcher != null) {
          fetcher.close();
        }
      } finally {
        store.commit();
        store.close();
      }
    }
  }
}
