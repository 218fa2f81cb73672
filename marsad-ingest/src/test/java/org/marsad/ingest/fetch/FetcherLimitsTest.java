package org.marsad.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.ingest.fetch.FetchTesting.config;
import static org.marsad.ingest.fetch.FetchTesting.fetcher;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Size limits and timeouts. The server holds stalled responses open on a latch released after the
 * assertion, so "aborted while streaming" is shown by getting TOO_LARGE rather than waiting for a
 * body that never ends; nothing here measures time.
 */
class FetcherLimitsTest {
  private static final int LIMIT = 10 * 1024 * 1024;

  private final CountDownLatch release = new CountDownLatch(1);
  private TestServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    fetcher = fetcher(config().withRequestTimeout(Duration.ofSeconds(20)), new FakeClock());
  }

  @AfterEach
  void stop() {
    release.countDown();
    fetcher.close();
    server.close();
  }

  @Test
  void theDefaultLimitIsTenMegabytes() {
    assertThat(FetchConfig.defaults().maxBodyBytes()).isEqualTo(LIMIT);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives() throws Exception {
    server.on("/big", exchange -> {
      try (OutputStream out = exchange.start(200, LIMIT + 1L)) {
        out.write('x');
        out.flush();
        release.await(30, TimeUnit.SECONDS); // the other LIMIT bytes never come
      }
    });

    assertThatThrownBy(() -> fetcher.get(server.url("/big")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
  }

  @Test
  void aChunkedBodyIsCutOffAsSoonAsItPassesTheLimit() throws Exception {
    server.on("/stream", exchange -> {
      try (OutputStream out = exchange.start(200, 0)) { // chunked, no Content-Length
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        for (long sent = 0; sent <= LIMIT; sent += chunk.length) {
          out.write(chunk);
        }
        out.flush();
        release.await(30, TimeUnit.SECONDS); // the body never ends
      }
    });

    assertThatThrownBy(() -> fetcher.get(server.url("/stream")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE));
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
    server.serve("/exact", 200, new byte[LIMIT]);

    assertThat(fetcher.get(server.url("/exact")).body()).hasSize(LIMIT);
  }

  @Test
  void aGzipBombIsStoppedOnDecodedBytes() throws Exception {
    byte[] bomb = FetchTesting.gzip(new byte[LIMIT + 1024 * 1024]);
    assertThat(bomb.length).isLessThan(64 * 1024);
    server.serve("/bomb", 200, bomb, "Content-Encoding", "gzip");

    assertThatThrownBy(() -> fetcher.get(server.url("/bomb")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
          assertThat(e).hasMessageContaining("decodes to more than");
        });
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    Fetcher impatient = fetcher(config().withRequestTimeout(Duration.ofMillis(300)).withMaxRetries(0), new FakeClock());
    server.on("/slow", exchange -> {
      release.await(30, TimeUnit.SECONDS);
      exchange.send(200, new byte[] {'!'});
    });

    try (impatient) {
      assertThatThrownBy(() -> impatient.get(server.url("/slow")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT));
    }
    assertThat(server.count("/slow")).isEqualTo(1); // a timed-out request is not retried
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOut() throws Exception {
    Fetcher impatient = fetcher(config().withRequestTimeout(Duration.ofMillis(300)), new FakeClock());
    server.on("/stall", exchange -> {
      try (OutputStream out = exchange.start(200, 0)) {
        out.write("<rss><channel>".getBytes(UTF_8));
        out.flush();
        release.await(30, TimeUnit.SECONDS);
      }
    });

    try (impatient) {
      assertThatThrownBy(() -> impatient.get(server.url("/stall")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT);
            assertThat(e).hasMessageContaining("body not complete");
          });
    }
  }
}
