package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.fetch.FetchTesting.config;
import static org.marsad.ingest.fetch.FetchTesting.fetcher;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries: counted on the server, waits asserted as the durations asked of the fake clock. */
class FetcherRetryTest {
  private static final byte[] OK = "<rss/>".getBytes(UTF_8);

  private final FakeClock clock = new FakeClock();
  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    fetcher = fetcher(config(), clock);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void a429WithRetryAfterSecondsIsWaitedOutThenRetried() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    server.on("/feed", exchange -> {
      if (attempts.incrementAndGet() == 1) {
        exchange.send(429, new byte[0], "Retry-After", "7");
      } else {
        exchange.send(200, OK);
      }
    });

    FetchResult result = fetcher.get(server.url("/feed"));

    assertThat(result.body()).isEqualTo(OK);
    assertThat(attempts).hasValue(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterDateIsCountedFromTheClock() throws Exception {
    String in90s = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeClock.START.plusSeconds(90).atOffset(ZoneOffset.UTC));
    AtomicInteger attempts = new AtomicInteger();
    server.on("/feed", exchange -> {
      if (attempts.incrementAndGet() == 1) {
        exchange.send(503, new byte[0], "Retry-After", in90s);
      } else {
        exchange.send(200, OK);
      }
    });

    fetcher.get(server.url("/feed"));

    assertThat(attempts).hasValue(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(90));
  }

  @Test
  void aRetryAfterPastTheCapFailsAtOnceAndSaysHowLong() {
    server.serve("/feed", 429, new byte[0], "Retry-After", "3600");

    assertThatThrownBy(() -> fetcher.get(server.url("/feed")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS);
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        });
    assertThat(server.count("/feed")).isEqualTo(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void a503ThatPersistsIsRetriedMaxRetriesTimesWithGrowingBackoff() {
    server.serve("/down", 503, new byte[0]);

    assertThatThrownBy(() -> fetcher.get(server.url("/down")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS);
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.retryAfter()).isEmpty();
        });
    assertThat(server.count("/down")).isEqualTo(4); // the request and 3 retries
    assertThat(clock.sleeps()).hasSize(3);
    // Base 100 ms doubling, with equal jitter: each wait is in [half, full] of 100, 200, 400 ms.
    for (int i = 0; i < 3; i++) {
      Duration full = Duration.ofMillis(100L << i);
      assertThat(clock.sleeps().get(i)).isBetween(full.dividedBy(2), full);
    }
  }

  @Test
  void a404IsNotRetried() {
    assertThatThrownBy(() -> fetcher.get(server.url("/missing")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS);
          assertThat(e.status()).isEqualTo(404);
        });
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void aRefusedConnectionIsRetriedThenANetworkFailure() throws Exception {
    int closedPort;
    try (TestServer gone = new TestServer()) {
      closedPort = gone.port();
    }

    assertThatThrownBy(() -> fetcher.get(URI.create("http://127.0.0.1:" + closedPort + "/")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.NETWORK);
          assertThat(e.status()).isZero();
        });
    assertThat(clock.sleeps()).hasSize(3);
  }
}
