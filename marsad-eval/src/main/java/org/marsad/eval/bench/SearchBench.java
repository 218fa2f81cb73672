package org.marsad.eval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.server.ApiServer;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.codec.ArticleJson;
import org.marsad.app.stories.Storage;

/**
 * {@code marsad bench search}: the corpus is indexed into a fresh store, then the same queries
 * (cut from its titles, see {@link SearchQueries}) run through the HTTP API ({@code
 * /api/search?q=…&size=10}, JSON and all, over keep-alive HTTP/1.1 on loopback) and directly
 * against the store in the same process, each by the same {@code clients} threads. The ratio of
 * the medians is what the HTTP layer costs. The two sides take turns on slices of the queries, so
 * that load from outside the bench falls on both.
 *
 * <p>Both paths are warmed up first on other cuts of the sampled titles, and checked to find the
 * same number of articles for a sample of the queries: a bench whose two sides answer different
 * questions measures nothing, so a difference fails the run.
 */
public final class SearchBench {
  /** Queries each path runs untimed before its timed run, so the JIT and caches warm up. */
  public static final int WARMUP = 200;
  /** At most this many queries, spread over the run, have their totals compared. */
  public static final int CHECKED = 100;
  /** Slices in which the two sides take turns; see {@link #interleaved}. */
  static final int ROUNDS = 10;
  private static final int PAGE_SIZE = 10;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /**
   * Latencies of both paths on the same queries. {@code cores} is recorded because with more
   * clients than cores the searches queue for the CPU, and the medians measure the queue.
   */
  public record Result(long articles, int queries, int clients, int cores, int checked, Latencies api, Latencies direct) {

    /** API median over direct median: how many times slower a search is through HTTP. */
    public double ratio() {
      return api.p50Ms() / direct.p50Ms();
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "bench-search");
      n.put("articles", articles);
      n.put("queries", queries);
      n.put("clients", clients);
      n.put("cores", cores);
      api.toJson(n.putObject("api"));
      direct.toJson(n.putObject("direct"));
      n.put("ratio", Math.round(ratio() * 1000) / 1000.0);
      n.put("checked", checked);
      return n;
    }
  }

  /** One way to run a query; returns the total it found, or -1 when it was not asked to read it. */
  private interface Side {
    long run(String query, boolean readTotal) throws IOException, InterruptedException;
  }

  /**
   * @param scratch an empty folder for the index
   * @throws IllegalArgumentException if {@code queries} or {@code clients} is below 1, or the
   *     corpus has no title to query
   * @throws IllegalStateException if the two paths found different totals for a query
   */
  public Result run(List<Path> corpus, int queries, int clients, long seed, Path scratch)
      throws IOException, InterruptedException {
    if (queries < 1) {
      throw new IllegalArgumentException("queries: must be >= 1, got " + queries);
    }
    if (clients < 1) {
      throw new IllegalArgumentException("clients: must be >= 1, got " + clients);
    }
    List<String> titles = SearchQueries.titles(corpus, queries, seed);
    List<String> timed = SearchQueries.cut(titles, queries, new Random(seed));
    List<String> warmup = SearchQueries.cut(titles, WARMUP, new Random(~seed));
    try (Storage storage = Storage.open(scratch, m -> {});
        ApiServer server = new ApiServer(storage, List::of, new ServerConfig("127.0.0.1", 0))) {
      ArticleStore store = storage.store();
      new Ingester(storage, 50_000).ingest(corpus.stream().map(Path::toString).toList(), Ingester.Progress.NONE);
      long articles = store.count();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
      URI base = server.start();
      Side api = (q, readTotal) -> viaApi(http, base, q, readTotal);
      Side direct = (q, readTotal) -> store.search(new SearchRequest(q, null, null, null, 0, PAGE_SIZE)).total();
      int checked = check(timed, api, direct);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      // The clients stop before the server and the store close behind them, even on failure.
      try {
        timedRun(pool, clients, warmup, api, new long[warmup.size()]);
        timedRun(pool, clients, warmup, direct, new long[warmup.size()]);
        Latencies[] both = interleaved(pool, clients, timed, api, direct);
        int cores = Runtime.getRuntime().availableProcessors();
        return new Result(articles, queries, clients, cores, checked, both[0], both[1]);
      } finally {
        pool.shutdownNow();
        pool.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    }
  }

  private static long viaApi(HttpClient http, URI base, String query, boolean readTotal)
      throws IOException, InterruptedException {
    // URLEncoder writes form encoding; %20 is a space in any query decoder, + only in some.
    String q = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    URI uri = base.resolve("api/search?q=" + q + "&size=" + PAGE_SIZE);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(uri + ": HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
    // Parsing is the client's work, not the server's; the timed runs skip it.
    return readTotal ? ArticleJson.mapper().readTree(response.body()).path("total").asLong(-1) : -1;
  }

  /** Compares totals on up to {@link #CHECKED} queries spread over the list; returns how many. */
  private static int check(List<String> queries, Side api, Side direct) throws IOException, InterruptedException {
    int checked = Math.min(CHECKED, queries.size());
    long found = 0;
    for (int k = 0; k < checked; k++) {
      String q = queries.get((int) ((long) k * queries.size() / checked));
      long viaApi = api.run(q, true);
      long viaStore = direct.run(q, true);
      if (viaApi != viaStore) {
        throw new IllegalStateException("query " + q + ": the API found " + viaApi + " articles, the store " + viaStore);
      }
      found += viaStore > 0 ? 1 : 0;
    }
    if (found == 0) {
      throw new IllegalStateException("none of " + checked + " checked queries found an article; nothing would be measured");
    }
    return checked;
  }

  /**
   * Both sides over the same queries, in {@link #ROUNDS} slices taken in turn, the side that goes
   * first alternating. Other work on the machine then weighs on both sides alike; run one after
   * the other, a busy minute can make either side look several times slower.
   *
   * @return the latencies of the API, then of the store
   */
  private static Latencies[] interleaved(ExecutorService pool, int clients, List<String> queries, Side api, Side direct)
      throws IOException, InterruptedException {
    long[] apiNanos = new long[queries.size()];
    long[] directNanos = new long[queries.size()];
    long apiWall = 0;
    long directWall = 0;
    int rounds = Math.min(ROUNDS, queries.size());
    for (int r = 0; r < rounds; r++) {
      int from = (int) ((long) r * queries.size() / rounds);
      int to = (int) ((long) (r + 1) * queries.size() / rounds);
      List<String> slice = queries.subList(from, to);
      long[] apiSlice = new long[slice.size()];
      long[] directSlice = new long[slice.size()];
      if (r % 2 == 0) {
        apiWall += timedRun(pool, clients, slice, api, apiSlice);
        directWall += timedRun(pool, clients, slice, direct, directSlice);
      } else {
        directWall += timedRun(pool, clients, slice, direct, directSlice);
        apiWall += timedRun(pool, clients, slice, api, apiSlice);
      }
      System.arraycopy(apiSlice, 0, apiNanos, from, slice.size());
      System.arraycopy(directSlice, 0, directNanos, from, slice.size());
    }
    return new Latencies[] {Latencies.of(apiNanos, apiWall), Latencies.of(directNanos, directWall)};
  }

  /**
   * Runs the queries on {@code clients} threads of the pool, each taking the next query as soon
   * as its last one returned (a closed loop, as users waiting for results), and times each into
   * {@code nanos}.
   *
   * @return the wall time of the run in nanoseconds
   */
  private static long timedRun(ExecutorService pool, int clients, List<String> queries, Side side, long[] nanos)
      throws IOException, InterruptedException {
    AtomicInteger next = new AtomicInteger();
    // The gate keeps thread start-up out of the wall time.
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>(clients);
    for (int c = 0; c < clients; c++) {
      running.add(pool.submit(() -> {
        gate.await();
        for (int i = next.getAndIncrement(); i < nanos.length; i = next.getAndIncrement()) {
          long start = System.nanoTime();
          side.run(queries.get(i), false);
          nanos[i] = System.nanoTime() - start;
        }
        return null;
      }));
    }
    long start = System.nanoTime();
    gate.countDown();
    try {
      for (Future<?> f : running) {
        await(f);
      }
    } finally {
      // When one client failed, the others take no further query.
      next.set(nanos.length);
    }
    return System.nanoTime() - start;
  }

  private static void await(Future<?> f) throws IOException, InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }
}
