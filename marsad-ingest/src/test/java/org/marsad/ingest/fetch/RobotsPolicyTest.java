package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.fetch.FetchTesting.config;
import static org.marsad.ingest.fetch.FetchTesting.fetcher;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt through the fetcher, against a real server, on the fake clock. */
class RobotsPolicyTest {
  private static final byte[] OK = "<p>خبر</p>".getBytes(UTF_8);
  private static final String ROBOTS = """
      User-agent: *
      Disallow: /private/

      User-agent: Marsad
      Disallow: /archive/
      Crawl-delay: 5
      """;

  private final FakeClock clock = new FakeClock();
  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    server.serve("/archive/", 200, OK).serve("/private/", 200, OK).serve("/news/", 200, OK);
    fetcher = fetcher(config().withObeyRobots(true), clock);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void ourGroupDisallowsAndTheDisallowedPageIsNeverRequested() throws Exception {
    server.serve("/robots.txt", 200, ROBOTS.getBytes(UTF_8), "Content-Type", "text/plain");

    assertThatThrownBy(() -> fetcher.get(server.url("/archive/2019/old.html")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
    // The Marsad group replaces the * group, so /private/ is allowed to us.
    assertThat(fetcher.get(server.url("/private/a.html")).status()).isEqualTo(200);
    assertThat(fetcher.robots().allowed(server.url("/news/today.html"))).isTrue();

    assertThat(server.count("/archive/2019/old.html")).isZero();
    assertThat(server.count("/robots.txt")).isEqualTo(1);
    assertThat(server.seen().get(0).header("User-Agent")).isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
  }

  @Test
  void crawlDelayRaisesTheHostsGap() throws Exception {
    server.serve("/robots.txt", 200, ROBOTS.getBytes(UTF_8));

    fetcher.get(server.url("/news/1"));
    fetcher.get(server.url("/news/2"));

    assertThat(fetcher.robots().crawlDelay(server.url("/"))).contains(Duration.ofSeconds(5));
    // the first page waits it out after the robots.txt, the second after the first
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void aLongCrawlDelayIsCapped() throws Exception {
    server.serve("/robots.txt", 200, "User-agent: *\nCrawl-delay: 120\n".getBytes(UTF_8));

    fetcher.get(server.url("/news/1"));
    fetcher.get(server.url("/news/2"));

    // after the robots.txt, and after the first page
    assertThat(clock.sleeps()).containsExactly(RobotsPolicy.MAX_CRAWL_DELAY, RobotsPolicy.MAX_CRAWL_DELAY);
  }

  @Test
  void aCrawlDelayPastFiveMinutesDisallowsTheSite() {
    // crawler-commons' choice (its default maxCrawlDelay): such a site does not want a crawler.
    server.serve("/robots.txt", 200, "User-agent: *\nCrawl-delay: 86400\n".getBytes(UTF_8));

    assertThatThrownBy(() -> fetcher.get(server.url("/news/1")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws Exception {
    assertThat(fetcher.get(server.url("/archive/x")).status()).isEqualTo(200);
    assertThat(server.count("/archive/x")).isEqualTo(1);
  }

  @Test
  void anUnreachableRobotsTxtDisallowsForAWhileThenIsAskedAgain() throws Exception {
    AtomicInteger robotsRequests = new AtomicInteger();
    server.on("/robots.txt", exchange -> {
      if (robotsRequests.incrementAndGet() <= 4) { // the request and its 3 retries
        exchange.send(503, new byte[0]);
      } else {
        exchange.send(404, new byte[0]);
      }
    });

    assertThatThrownBy(() -> fetcher.get(server.url("/news/1")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
    assertThatThrownBy(() -> fetcher.get(server.url("/news/1")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
    assertThat(robotsRequests).hasValue(4);

    clock.advance(RobotsPolicy.FAILURE_TTL);
    assertThat(fetcher.get(server.url("/news/1")).status()).isEqualTo(200);
    assertThat(server.count("/news/1")).isEqualTo(1);
  }

  @Test
  void aFetchedCopyOutlivesALaterOutage() throws Exception {
    AtomicInteger robotsRequests = new AtomicInteger();
    server.on("/robots.txt", exchange -> {
      if (robotsRequests.incrementAndGet() == 1) {
        exchange.send(200, ROBOTS.getBytes(UTF_8));
      } else {
        exchange.send(500, new byte[0]);
      }
    });
    fetcher.get(server.url("/news/1"));

    clock.advance(RobotsPolicy.TTL);

    assertThat(fetcher.get(server.url("/news/2")).status()).isEqualTo(200);
    assertThatThrownBy(() -> fetcher.get(server.url("/archive/3")))
        .isInstanceOfSatisfying(FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED));
    assertThat(robotsRequests).hasValue(1 + 4);
  }

  @Test
  void robotsTxtIsFetchedAgainAfterADay() throws Exception {
    server.serve("/robots.txt", 200, "User-agent: *\nDisallow:\n".getBytes(UTF_8));

    fetcher.get(server.url("/news/1"));
    clock.advance(RobotsPolicy.TTL.minusSeconds(1));
    fetcher.get(server.url("/news/2"));
    clock.advance(Duration.ofSeconds(1));
    fetcher.get(server.url("/news/3"));

    assertThat(server.count("/robots.txt")).isEqualTo(2);
  }

  @Test
  void aRedirectIntoADisallowedPathIsStopped() throws Exception {
    server.serve("/robots.txt", 200, ROBOTS.getBytes(UTF_8));
    server.serve("/go", 302, new byte[0], "Location", "/archive/moved");

    assertThatThrownBy(() -> fetcher.get(server.url("/go")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
          assertThat(e.url()).isEqualTo(server.url("/archive/moved"));
        });
    assertThat(server.count("/archive/moved")).isZero();
  }

  @Test
  void theRobotsNameIsTheUserAgentsProductToken() {
    assertThat(FetchConfig.defaults().robotsName()).isEqualTo("marsad");
    assertThat(FetchConfig.defaults().withUserAgent("NewsBot/2 (+x)").robotsName()).isEqualTo("newsbot");
  }
}
