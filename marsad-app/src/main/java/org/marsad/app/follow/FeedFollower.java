package org.marsad.app.follow;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
 * had, the article the feed item itself describes. A page that timed out or met a server failure
 * is asked for again by the next polls ({@link #PAGE_ATTEMPTS} in all) before the feed's text
 * stands. The store is committed before the items are marked seen, so a crash between the two
 * re-reads them (upserts are idempotent) and never skips them. A failing feed is polled less often,
 * up to 16 times its interval. {@link #close()} lets the polls in hand finish their item.
 */
public final class FeedFollower implements AutoCloseable {
  private static final int MAX_BACKOFF_SHIFT = 4;
  /** How long {@link #close()} lets the polls in hand finish their item and commit before interrupting them. */
  static final Duration STOP_DEADLINE = Duration.ofSeconds(30);
  /**
   * Polls that ask for an item's page when it times out or the server fails: after the last, the
   * article stored from the feed item stands.
   */
  static final int PAGE_ATTEMPTS = 3;

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
  /** Set by a stop: polls take no further item, commit what they stored, and are not rescheduled. */
  private volatile boolean stopping;

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
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "marsad-follow");
      t.setDaemon(true);
      return t;
    });
    // on a stop, polls not begun never begin; those running finish (see close)
    s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
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
    try {
      if (!s.isShutdown()) {
        s.schedule(() -> pollAndReschedule(s, feed), minutes, TimeUnit.MINUTES);
      }
    } catch (RejectedExecutionException e) {
      // stopped between the check and the schedule: nothing to do
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
        record(feed, result.validators(), List.of(), 0, before.retrying());
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
      boolean cut = false;
      List<String> keys = new ArrayList<>();
      Map<String, Integer> retrying = new LinkedHashMap<>(before.retrying());
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
        if (stopping) {
          cut = true; // the items left are not marked seen: the next poll takes them
          break;
        }
        Page page = page(pipeline, item);
        List<Article> articles = page.articles();
        int failures = 0;
        if (articles.isEmpty()) {
          // the feed's own text now, so nothing is lost; a page that failed for a while is asked for again
          articles = List.of(FeedItems.toArticle(item, feedRead, result.finalUrl(), feed.name()));
          fromFeed++;
          failures = page.mayComeLater() ? retrying.getOrDefault(key(item), 0) + 1 : PAGE_ATTEMPTS;
        }
        for (Article article : articles) {
          pipeline.process(withSource(article, feed.name()), out, new Diagnostics(20));
        }
        if (failures > 0 && failures < PAGE_ATTEMPTS) {
          retrying.put(key(item), failures);
        } else {
          retrying.remove(key(item));
          keys.add(key(item));
        }
      }
      // an item gone from the feed is not asked for again: what was stored of it stands
      retrying.keySet().retainAll(items.stream().map(FeedFollower::key).collect(java.util.stream.Collectors.toSet()));
      storage.commit();
      // A poll cut short keeps the old validators, and one that leaves pages to ask again for keeps
      // none, so the next poll gets the feed again, not a 304.
      Validators validators = !retrying.isEmpty() ? Validators.NONE
          : cut ? new Validators(before.etag(), before.lastModified()) : result.validators();
      record(feed, validators, keys, stored[0], retrying);
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

  /**
   * What an item's page gave: its articles, read as any document is, or none, and then whether
   * asking again later may help (a timeout, a network failure, 429 or 5xx).
   */
  private record Page(List<Article> articles, boolean mayComeLater) {}

  private Page page(Pipeline pipeline, FeedItem item) {
    try {
      FetchResult page = fetcher.get(URI.create(item.url()));
      Document document = Document.ofBytes(page.finalUrl().toString(), page.body()).withUrl(page.finalUrl())
          .withMediaType(page.contentType()).withFetchedAt(page.fetchedAt());
      List<Article> read = new ArrayList<>();
      pipeline.read(document, read::add, new Diagnostics(20));
      return new Page(read, false);
    } catch (FetchException e) {
      return new Page(List.of(), mayComeLater(e));
    } catch (IllegalArgumentException | IOException e) {
      return new Page(List.of(), false);
    }
  }

  private static boolean mayComeLater(FetchException e) {
    return switch (e.reason()) {
      case TIMEOUT, NETWORK -> true;
      case HTTP_STATUS -> e.status() == 429 || e.status() >= 500;
      default -> false;
    };
  }

  private static Article withSource(Article a, String feedName) {
    return a.source() != null && !a.source().isBlank() ? a : a.withSource(feedName);
  }

  /** An item's identity across polls: its canonical URL, which is also its article's id source. */
  static String key(FeedItem item) {
    return ArticleIds.canonicalUrl(item.url());
  }

  private void record(FeedConfig feed, Validators validators, List<String> keys, int stored, Map<String, Integer> retrying)
      throws IOException {
    Instant now = clock.instant();
    states.update(feed.url(), feed.name(), s -> s.renamed(feed.name())
        .succeeded(now, validators.etag(), validators.lastModified(), keys, stored, config.rememberItems(), retrying));
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

  /**
   * Stops polling: polls not begun never begin, and each poll in hand finishes the item it holds,
   * commits the store and saves its feed's state (the items it did not reach stay unseen, for the
   * next run). Only polls still running after {@link #STOP_DEADLINE} are interrupted, which may
   * leave their last item to be read again next time.
   */
  @Override
  public synchronized void close() {
    requestStop();
    ScheduledExecutorService s = scheduler;
    if (s == null) {
      return;
    }
    try {
      if (!s.awaitTermination(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
        log.accept(String.format(Locale.ROOT, "feed polls still running after %d s; interrupted", STOP_DEADLINE.toSeconds()));
        s.shutdownNow();
        if (!s.awaitTermination(5, TimeUnit.SECONDS)) {
          log.accept("feed polls did not stop when interrupted");
        }
      }
    } catch (InterruptedException e) {
      s.shutdownNow();
      Thread.currentThread().interrupt();
    }
    scheduler = null;
  }

  /** The first half of {@link #close()}: no new poll begins, no poll takes another item. Does not wait. */
  synchronized void requestStop() {
    stopping = true;
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      s.shutdown();
    }
  }
}
