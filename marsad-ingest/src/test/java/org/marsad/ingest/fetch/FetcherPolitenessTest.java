package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.ingest.fetch.FetchTesting.config;
import static org.marsad.ingest.fetch.FetchTesting.fetcher;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One request at a time per host, spaced by the minimum delay on the injected clock; different
 * hosts (here: two servers, so two host:port keys) in parallel. Concurrency is shown by what the
 * servers see, not by timing: a handler waits a while for company, and counts who is in flight.
 */
class FetcherPolitenessTest {
  private static final byte[] OK = "<rss/>".getBytes(UTF_8);
  private static final Duration GAP = Duration.ofSeconds(2);

  private final FakeClock clock = new FakeClock();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<TestServer> servers = new ArrayList<>();
  private final Fetcher fetcher = fetcher(config().withMinDelayPerHost(GAP), clock);

  @AfterEach
  void stop() {
    threads.shutdownNow();
    fetcher.close();
    servers.forEach(TestServer::close);
  }

  @Test
  void concurrentRequestsToOneHostNeverOverlapAndAreSpacedByTheMinimumDelay() throws Exception {
    int requests = 4;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    CountDownLatch arrived = new CountDownLatch(requests);
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    TestServer server = server().on("/p", exchange -> {
      arrivals.add(clock.nanoTime());
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      arrived.countDown();
      arrived.await(200, TimeUnit.MILLISECONDS); // room for an overlapping request to show up
      inFlight.decrementAndGet(); // before answering: the next request may only come after the answer
      exchange.send(200, OK);
    });

    List<Future<FetchResult>> results = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      results.add(threads.submit(() -> fetcher.get(server.url("/p"))));
    }
    for (Future<FetchResult> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    assertThat(maxInFlight).hasValue(1);
    assertThat(arrivals).hasSize(requests);
    for (int i = 1; i < requests; i++) {
      assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).isGreaterThanOrEqualTo(GAP);
    }
  }

  @Test
  void successiveRequestsWaitOutTheGapOnTheClock() throws Exception {
    TestServer server = server().serve("/p", 200, OK);

    fetcher.get(server.url("/p"));
    clock.advance(Duration.ofMillis(500));
    fetcher.get(server.url("/p"));
    clock.advance(Duration.ofSeconds(3));
    fetcher.get(server.url("/p"));

    // The first waits for nothing, the second for the rest of the gap, the third not at all.
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void differentHostsProceedInParallel() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> metTheOther = new CopyOnWriteArrayList<>();
    TestServer.Handler meet = exchange -> {
      both.countDown();
      metTheOther.add(both.await(10, TimeUnit.SECONDS)); // true only if the other request is in flight too
      exchange.send(200, OK);
    };
    URI first = server().on("/p", meet).url("/p");
    URI second = server().on("/p", meet).url("/p");

    Future<FetchResult> a = threads.submit(() -> fetcher.get(first));
    Future<FetchResult> b = threads.submit(() -> fetcher.get(second));
    a.get(30, TimeUnit.SECONDS);
    b.get(30, TimeUnit.SECONDS);

    assertThat(metTheOther).containsExactly(true, true);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void hostKeysAreHostAndEffectivePort() {
    assertThat(HostGate.keyOf(URI.create("http://News.Example.com/a"))).isEqualTo("news.example.com:80");
    assertThat(HostGate.keyOf(URI.create("https://news.example.com/a"))).isEqualTo("news.example.com:443");
    assertThat(HostGate.keyOf(URI.create("http://news.example.com:8080/"))).isEqualTo("news.example.com:8080");
  }

  private TestServer server() throws Exception {
    TestServer server = new TestServer();
    servers.add(server);
    return server;
  }
}
