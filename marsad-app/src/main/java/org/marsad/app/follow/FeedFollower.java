package org.marsad.app.follow;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.app.stories.Storage;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.FollowConfig;
import org.marsad.app.metrics.Metrics;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.feeds.Feed;
import org.marsad.ingest.feeds.FeedItem;
import org.marsad.ingest.feeds.FeedItems;
import org.marsad.ingest.feeds.FeedReader;
import org.marsad.ingest.feeds.Sitemap;
import org.marsad.ingest.feeds.SitemapReader;
import org.marsad.ingest.feeds.SitemapUrl;
import org.marsad.ingest.fetch.FetchException;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.fetch.Validators;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.enrich.Enricher;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.UpsertResult;

/**
 * Follows feeds: each poll fetches the feed (conditionally), takes the items not seen before,
 * fetches each item's page and stores the article extracted from it, or, when the page cannot be
 * had, the article the feed item itself describes. The store is committed before the items are
 * marked seen, so a crash between the two re-reads them (upserts are idempotent) and never skips
 * them. A failing feed is polled less often, up to 16 times its interval.
 */
public final class FeedFollower implements AutoCloseable {
  private static final int MAX_BACKOFF_SHIFT = 4;

  private final Storage storage;
  private final Fetcher fetcher;
  private final FeedStates states;
  private final FollowConfig config;
  private final Clock clock;
  private final Consumer<String> log;
  private final Metrics metrics;
  // One set of readers for the follower's life: what a site repeats on its pages is learned across polls.
  private final Readers readers = new Readers();
  private final FeedReader feedReader = new FeedReader();
  private final SitemapReader sitemapReader = new SitemapReader();
  private @Nullable ScheduledExecutorService scheduler;

  public FeedFollower(
      Storage storage, Fetcher fetcher, FeedStates states, FollowConfig config, Clock clock, Consumer<String> log) {
    this(storage, fetcher, states, config, clock, log, new Metrics());
  }

  /** @param metrics counts each article stored, under {@link Metrics.Via#FOLLOWER} */
  public FeedFollower(Storage storage, Fetcher fetcher, FeedStates states, FollowConfig config, Clock clock,
      Consumer<String> log, Metrics metrics) {
    this.metrics = metrics;
    this.storage = storage;
    this.fetcher = fetcher;
    this.states = states;
    this.config = config;
    this.clock = clock;
    this.log = log;
  }

  /** What one poll did. */
  public record PollResult(int items, int fresh, int stored, int fromFeedOnly, boolean notModified, @Nullable String error) {}

  /** Polls every feed now, then again every interval (backed off for failing feeds), until closed. */
  public synchronized void start(List<FeedConfig> feeds, int threads) {
    if (scheduler != null) {
      throw new IllegalStateException("already started");
    }
    ScheduledExecutorService s = Executors.newScheduledThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "marsad-follow");
      t.setDaemon(true);
      return t;
    });
    scheduler = s;
    for (int i = 0; i < feeds.size(); i++) {
      FeedConfig feed = feeds.get(i);
      s.schedule(() -> pollAndReschedule(s, feed), i * 500L, TimeUnit.MILLISECONDS); // staggered start
    }
  }

  private void pollAndReschedule(ScheduledExecutorService s, FeedConfig feed) {
    PollResult r = poll(feed);
    long minutes = interval(states.get(feed.url(), feed.name()).consecutiveFailures()).toMinutes();
    if (r.error() != null) {
      log.accept(feed.name() + ": " + r.error() + "; next try in " + minutes + " min");
    } else if (r.stored() > 0) {
      log.accept(feed.name() + ": " + r.stored() + " new articles");
    }
    if (!s.isShutdown()) {
      s.schedule(() -> pollAndReschedule(s, feed), minutes, TimeUnit.MINUTES);
    }
  }

  /** One poll of one feed, now, on the calling thread. Never throws: failures land in the feed's state. */
  public PollResult poll(FeedConfig feed) {
    FeedState before = states.get(feed.url(), feed.name());
    FetchResult result;
    try {
      result = fetcher.get(feed.uri(), new Validators(before.etag(), before.lastModified()));
    } catch (FetchException e) {
      return failed(feed, e.getMessage());
    }
    try {
      if (result.notModified()) {
        record(feed, result, List.of(), 0);
        return new PollResult(0, 0, 0, 0, true, null);
      }
      Feed feedRead = read(result);
      List<FeedItem> items = feedRead.items();
      List<FeedItem> fresh = new ArrayList<>();
      for (FeedItem item : items) {
        if (!before.seen().contains(key(item)) && fresh.size() < config.maxNewItemsPerPoll()) {
          fresh.add(item);
        }
      }
      int[] stored = {0};
      int fromFeed = 0;
      List<String> keys = new ArrayList<>();
      // One pipeline per poll: polls of different feeds run on different threads.
      Pipeline pipeline = new Pipeline(readers, Enricher.standard(), storage.placement());
      Pipeline.Output out = processed -> {
        UpsertResult upserted = storage.write(processed);
        metrics.stored(Metrics.Via.FOLLOWER, upserted);
        if (upserted != UpsertResult.UNCHANGED) {
          stored[0]++;
        }
      };
      for (FeedItem item : fresh) {
        List<Article> fromPage = page(pipeline, item);
        if (fromPage.isEmpty()) {
          fromPage = List.of(FeedItems.toArticle(item, feedRead, result.finalUrl(), feed.name()));
          fromFeed++;
        }
        for (Article article : fromPage) {
          pipeline.process(withSource(article, feed.name()), out, new Diagnostics(20));
        }
        keys.add(key(item));
      }
      storage.commit();
      record(feed, result, keys, stored[0]);
      return new PollResult(items.size(), fresh.size(), stored[0], fromFeed, false, null);
    } catch (IOException | RuntimeException e) {
      return failed(feed, "STORE: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The feed, or a (news) sitemap read as one when the URL is a sitemap. */
  private Feed read(FetchResult r) {
    Diagnostics d = new Diagnostics(20);
    Feed feed = feedReader.read(r.body(), r.contentType(), r.finalUrl(), d);
    if (!feed.items().isEmpty()) {
      return feed;
    }
    Sitemap sitemap = sitemapReader.read(r.body(), r.contentType(), r.finalUrl(), new Diagnostics(20));
    List<FeedItem> items = new ArrayList<>();
    for (SitemapUrl u : sitemap.urls()) {
      items.add(new FeedItem(u.url(), null, u.newsTitle(), u.newsPublished() != null ? u.newsPublished() : u.lastModified(), null, List.of(), u.keywords()));
    }
    if (items.isEmpty() && !d.list().isEmpty()) {
      throw new IllegalStateException("not a feed or a sitemap: " + d.list().get(0).message());
    }
    return new Feed(feed.title(), feed.siteUrl(), items);
  }

  /** The articles of the item's page, read as any document is; none when it cannot be had or read. */
  private List<Article> page(Pipeline pipeline, FeedItem item) {
    try {
      FetchResult page = fetcher.get(URI.create(item.url()));
      Document document = Document.ofBytes(page.finalUrl().toString(), page.body()).withUrl(page.finalUrl())
          .withMediaType(page.contentType()).withFetchedAt(page.fetchedAt());
      List<Article> read = new ArrayList<>();
      pipeline.read(document, read::add, new Diagnostics(20));
      return read;
    } catch (IllegalArgumentException | IOException e) { // FetchException is an IOException
      return List.of();
    }
  }

  private static Article withSource(Article a, String feedName) {
    return a.source() != null && !a.source().isBlank() ? a : a.withSource(feedName);
  }

  /** An item's identity across polls: its canonical URL, which is also its article's id source. */
  static String key(FeedItem item) {
    return ArticleIds.canonicalUrl(item.url());
  }

  private void record(FeedConfig feed, FetchResult r, List<String> keys, int stored) throws IOException {
    Instant now = clock.instant();
    states.update(feed.url(), feed.name(), s -> s.renamed(feed.name())
        .succeeded(now, r.validators().etag(), r.validators().lastModified(), keys, stored, config.rememberItems()));
  }

  private PollResult failed(FeedConfig feed, String error) {
    String message = error.length() > 500 ? error.substring(0, 500) + "…" : error;
    try {
      states.update(feed.url(), feed.name(), s -> s.renamed(feed.name()).failed(clock.instant(), message));
    } catch (IOException e) {
      log.accept(feed.name() + ": cannot save feed state: " + e.getMessage());
    }
    return new PollResult(0, 0, 0, 0, false, message);
  }

  /** How many of {@code feeds} are due for a poll now: never polled, or their interval has passed. */
  public int due(List<FeedConfig> feeds) {
    Instant now = clock.instant();
    int due = 0;
    for (FeedConfig feed : feeds) {
      FeedState s = states.get(feed.url(), feed.name());
      Instant last = s.lastPolled();
      if (last == null || !last.plus(interval(s.consecutiveFailures())).isAfter(now)) {
        due++;
      }
    }
    return due;
  }

  /** How long a feed with {@code failures} failures in a row waits before its next poll. */
  public Duration interval(int failures) {
    return Duration.ofMinutes((long) config.pollEveryMinutes() << Math.min(failures, MAX_BACKOFF_SHIFT));
  }

  @Override
  public synchronized void close() {
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      s.shutdownNow();
      try {
        if (!s.awaitTermination(30, TimeUnit.SECONDS)) {
          log.accept(String.format(Locale.ROOT, "feed polls still running after %d s", 30));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
    }
  }
}
