package org.marsad.app.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.cli.SuppressForbidden;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.FollowConfig;
import org.marsad.app.stories.Storage;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.fetch.FetchConfig;
import org.marsad.ingest.fetch.Fetcher;

/**
 * The follower against a feed of five items on a server on 127.0.0.1: a stop in the middle of a
 * poll, and pages that fail for a while.
 */
@SuppressForbidden // the JDK's HTTP server plays the followed site, on 127.0.0.1
class FeedFollowerTest {
  private static final int ITEMS = 5;

  @TempDir Path dir;
  private HttpServer site;
  private String base;
  private final CountDownLatch secondPageAsked = new CountDownLatch(1);
  private final CountDownLatch stopAsked = new CountDownLatch(1);
  private volatile boolean secondPageWaitsForTheStop;
  /** The items the feed lists now: the first this many. */
  private volatile int listed = ITEMS;
  /** Statuses a page answers with, one per request, before it answers 200. */
  private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
  private final Map<String, Integer> requests = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    site.createContext("/feed.xml", ex -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      send(ex, "application/rss+xml", feed());
    });
    site.createContext("/p/", ex -> {
      String path = ex.getRequestURI().getPath();
      requests.merge(path, 1, Integer::sum);
      Integer failure = failures.getOrDefault(path, new ArrayDeque<>()).poll();
      if (failure != null) {
        ex.sendResponseHeaders(failure, -1);
        ex.close();
        return;
      }
      if (path.equals("/p/2") && secondPageWaitsForTheStop) {
        secondPageAsked.countDown();
        try {
          stopAsked.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      send(ex, "text/html; charset=utf-8", page(path.substring(3)));
    });
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  /**
   * The item in hand is finished and committed, the items not reached stay unseen for the next
   * poll, which gets the whole feed again (the validators of a poll cut short are not kept). The
   * second page answers only once the stop has been asked for, so the poll is certainly in its middle.
   */
  @Test
  void aStopFinishesTheItemInHandCommitsAndLeavesTheRestForTheNextPoll() throws Exception {
    secondPageWaitsForTheStop = true;
    FeedConfig feed = new FeedConfig("وكالة", base + "feed.xml", null);
    Path stateFile = dir.resolve("state").resolve("feeds.json");
    FetchConfig fetch = FetchConfig.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ZERO);
    List<String> log = new CopyOnWriteArrayList<>();
    try (Storage storage = Storage.open(dir.resolve("data"), m -> {}); Fetcher fetcher = new Fetcher(fetch)) {
      FeedStates states = FeedStates.open(stateFile, new ArrayList<>());
      FeedFollower follower = new FeedFollower(storage, fetcher, states, new FollowConfig(60, 50, 100), Clock.systemUTC(), log::add);
      follower.start(List.of(feed), 1);
      assertThat(secondPageAsked.await(30, TimeUnit.SECONDS)).isTrue();

      follower.requestStop();
      stopAsked.countDown();
      follower.close();

      FeedState state = states.get(feed.url(), feed.name());
      assertThat(state.seen()).containsExactly(key(1), key(2));
      assertThat(state.etag()).isNull();
      assertThat(state.itemsStored()).isEqualTo(2);
      assertThat(storage.store().find(ArticleIds.forUrl(base + "p/2"))).isPresent();
      assertThat(storage.store().find(ArticleIds.forUrl(base + "p/3"))).isEmpty();
      assertThat(log).noneMatch(line -> line.contains("interrupted"));
      try (var files = Files.list(stateFile.getParent())) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("feeds.json");
      }

      // the next run takes the items the stop left
      FeedFollower.PollResult next = new FeedFollower(storage, fetcher, FeedStates.open(stateFile, new ArrayList<>()),
          new FollowConfig(60, 50, 100), Clock.systemUTC(), log::add).poll(feed);
      assertThat(next.stored()).isEqualTo(ITEMS - 2);
      FeedState after = FeedStates.open(stateFile, new ArrayList<>()).get(feed.url(), feed.name());
      assertThat(after.seen()).hasSize(ITEMS);
      assertThat(after.etag()).isEqualTo("\"v1\"");
    }
  }

  /**
   * A page that fails with 503 is stored from the feed item at once and asked for again by the
   * next polls, up to {@link FeedFollower#PAGE_ATTEMPTS} in all; its page replaces the feed's text
   * when it comes. Until then the feed's validators are not kept, or a 304 would hide the item.
   */
  @Test
  void aPageThatFailsForAWhileIsAskedForAgainBeforeTheFeedsTextStands() throws Exception {
    failures.put("/p/3", new ArrayDeque<>(List.of(503, 503, 503, 503)));
    failures.put("/p/4", new ArrayDeque<>(List.of(503)));
    FeedConfig feed = new FeedConfig("وكالة", base + "feed.xml", null);
    FetchConfig fetch = FetchConfig.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ZERO).withMaxRetries(0);
    try (Storage storage = Storage.open(dir.resolve("data"), m -> {}); Fetcher fetcher = new Fetcher(fetch)) {
      FeedStates states = FeedStates.open(dir.resolve("feeds.json"), new ArrayList<>());
      FeedFollower follower = new FeedFollower(storage, fetcher, states, new FollowConfig(60, 50, 100), Clock.systemUTC(), m -> {});

      FeedFollower.PollResult first = follower.poll(feed);
      assertThat(first.fromFeedOnly()).isEqualTo(2);
      assertThat(storage.store().find(ArticleIds.forUrl(base + "p/4")).orElseThrow().body()).isEmpty(); // the feed's title only
      FeedState afterFirst = states.get(feed.url(), feed.name());
      assertThat(afterFirst.seen()).containsExactly(key(1), key(2), key(5));
      assertThat(afterFirst.retrying()).containsOnlyKeys(key(3), key(4));
      assertThat(afterFirst.etag()).isNull();

      follower.poll(feed); // the fourth page comes; the third fails again
      assertThat(storage.store().find(ArticleIds.forUrl(base + "p/4")).orElseThrow().body()).anyMatch(p -> p.contains("المشروع رقم 4"));
      assertThat(states.get(feed.url(), feed.name()).retrying()).containsExactly(Map.entry(key(3), 2));

      follower.poll(feed); // the third's last try: the feed's text stands
      FeedState settled = FeedStates.open(dir.resolve("feeds.json"), new ArrayList<>()).get(feed.url(), feed.name());
      assertThat(settled.seen()).hasSize(ITEMS);
      assertThat(settled.retrying()).isEmpty();
      assertThat(settled.etag()).isEqualTo("\"v1\"");
      assertThat(requests.get("/p/3")).isEqualTo(FeedFollower.PAGE_ATTEMPTS);

      follower.poll(feed);
      assertThat(requests.get("/p/3")).isEqualTo(FeedFollower.PAGE_ATTEMPTS);
    }
  }

  @Test
  void aPageGoneFromTheFeedIsNotAskedForAgain() throws Exception {
    failures.put("/p/5", new ArrayDeque<>(List.of(503, 503, 503)));
    FeedConfig feed = new FeedConfig("وكالة", base + "feed.xml", null);
    FetchConfig fetch = FetchConfig.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(Duration.ZERO).withMaxRetries(0);
    try (Storage storage = Storage.open(dir.resolve("data"), m -> {}); Fetcher fetcher = new Fetcher(fetch)) {
      FeedStates states = FeedStates.open(dir.resolve("feeds.json"), new ArrayList<>());
      FeedFollower follower = new FeedFollower(storage, fetcher, states, new FollowConfig(60, 50, 100), Clock.systemUTC(), m -> {});
      follower.poll(feed);
      assertThat(states.get(feed.url(), feed.name()).retrying()).containsOnlyKeys(key(5));

      listed = 4;
      follower.poll(feed);

      assertThat(states.get(feed.url(), feed.name()).retrying()).isEmpty();
      assertThat(states.get(feed.url(), feed.name()).etag()).isEqualTo("\"v1\"");
      assertThat(requests.get("/p/5")).isEqualTo(1);
      assertThat(storage.store().find(ArticleIds.forUrl(base + "p/5"))).isPresent(); // the feed item's article stands
    }
  }

  private String key(int item) {
    return ArticleIds.canonicalUrl(base + "p/" + item);
  }

  private String feed() {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= listed; i++) {
      items.append("<item><title>خبر رقم ").append(i).append("</title><link>").append(base).append("p/").append(i)
          .append("</link><pubDate>Sun, 12 May 2024 0").append(i).append(":00:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>وكالة</title>"
        + "<link>https://agency.example/</link>" + items + "</channel></rss>";
  }

  private static String page(String n) {
    return "<html><head><title>خبر رقم " + n + "</title></head><body><article><h1>خبر رقم " + n + "</h1>"
        + "<p>قالت الوزارة في بيان اليوم إن العمل في المشروع رقم " + n + " يسير وفق الخطة، وإن المرحلة الأولى تنتهي قبل نهاية العام.</p>"
        + "<p>وأضاف البيان أن المشروع يوفر مئات الوظائف لسكان المنطقة، وأن التمويل مضمون حتى اكتماله في الموعد المحدد.</p>"
        + "</article></body></html>";
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
