package org.marsad.stories;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;

/**
 * The pipeline's last stage: where the stories engine puts each article (its duplicate group and
 * story). An article may be {@link #prepare prepared} ahead of being {@link #place placed}: its
 * features are then computed on a worker thread and it is placed on the one placing thread, in the
 * order prepared, so a route that reads ahead overlaps placing with reading and storing. An article
 * never prepared is placed when asked.
 *
 * <p>The engine comes from an {@link EngineSource}, asked on first use: a store rebuilds it from
 * what it holds, a batch job starts one empty, a test injects one with its own configuration.
 * Thread-safe.
 */
public final class PlacementStage implements AutoCloseable {
  /** Gives the engine to place with; asked once, on first use. */
  @FunctionalInterface
  public interface EngineSource {
    StoryEngine engine() throws IOException;
  }

  /**
   * Threads computing the features of prepared articles: one beside the reading thread is what a
   * 2-core machine has to spare; more would compete with the index's merges.
   */
  private static final int FEATURE_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));

  /**
   * Where an article placed before the engine's window was put: the engine holds only its
   * window, so a store says where older articles are.
   */
  @FunctionalInterface
  public interface PriorPlacements {
    /** The placement the article was stored with, or null if it was never placed. */
    @Nullable Placed find(String id) throws IOException;

    PriorPlacements NONE = id -> null;
  }

  private final EngineSource source;
  private final PriorPlacements prior;
  private @Nullable StoryEngine engine;
  /** Placements under way, keyed by the article itself. */
  private final Map<Article, Future<Placed>> prepared = new ConcurrentHashMap<>();
  private @Nullable ExecutorService features;
  private @Nullable ExecutorService placer;
  /** Time spent computing features and placing, for benchmarks and metrics. */
  private final LongAdder placingNanos = new LongAdder();

  public PlacementStage(EngineSource source, PriorPlacements prior) {
    this.source = source;
    this.prior = prior;
  }

  /** A stage over a fresh engine deciding with {@code config}: a batch, a tuning run, a test. */
  public static PlacementStage fresh(StoryEngine.Config config) {
    StoryEngine e = new StoryEngine(config);
    return new PlacementStage(() -> e, PriorPlacements.NONE);
  }

  /** The engine, from the source on first use. */
  public synchronized StoryEngine engine() throws IOException {
    if (engine == null) {
      engine = source.engine();
    }
    return engine;
  }

  /** Whether the engine has been asked for: a stage never used costs nothing to close. */
  public synchronized boolean started() {
    return engine != null;
  }

  /**
   * Nanoseconds spent computing features (on whichever thread) and placing, not restoring: the
   * CPU cost of stories.
   */
  public long placingNanos() {
    return placingNanos.sum();
  }

  /**
   * Starts placing {@code article} ahead of {@link #place}. Every article prepared must be placed,
   * in the order prepared.
   *
   * @throws IOException if the engine cannot be had
   */
  public void prepare(Article article) throws IOException {
    StoryEngine e = engine();
    if (placedBefore(e, article.id()) != null) {
      return; // placed before: placing returns that placement and needs no features
    }
    prepared.computeIfAbsent(article, a -> {
      Future<ArticleFeatures> f = workers().submit(() -> {
        long start = System.nanoTime();
        ArticleFeatures features = ArticleFeatures.of(a);
        placingNanos.add(System.nanoTime() - start);
        return features;
      });
      return placingThread().submit(() -> {
        ArticleFeatures features = f.get();
        long start = System.nanoTime();
        Placed p = e.place(features);
        placingNanos.add(System.nanoTime() - start);
        return p;
      });
    });
  }

  /** Where the article goes: placed ahead by {@link #prepare}, or now. */
  public Placed place(Article article) throws IOException {
    Future<Placed> ahead = prepared.remove(article);
    if (ahead == null) {
      StoryEngine e = engine();
      Placed before = placedBefore(e, article.id());
      if (before != null) {
        return before;
      }
      long start = System.nanoTime();
      Placed p = e.place(ArticleFeatures.of(article));
      placingNanos.add(System.nanoTime() - start);
      return p;
    }
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while placing " + article.id());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof ExecutionException nested && nested.getCause() != null) {
        cause = nested.getCause(); // the features' worker failed under the placing thread
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err; // out of memory on a worker is out of memory here, not a placing failure
      }
      throw new IllegalStateException("placing " + article.id(), cause);
    }
  }

  /** Where the article was placed before: in the engine's window, or before it. */
  private @Nullable Placed placedBefore(StoryEngine e, String id) throws IOException {
    Placed p = e.placement(id);
    return p != null ? p : prior.find(id);
  }

  private synchronized ExecutorService workers() {
    if (features == null) {
      features = Executors.newFixedThreadPool(FEATURE_THREADS, daemon("marsad-features"));
    }
    return features;
  }

  private synchronized ExecutorService placingThread() {
    if (placer == null) {
      placer = Executors.newSingleThreadExecutor(daemon("marsad-placer"));
    }
    return placer;
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Stops the threads; placements not yet asked for are dropped. */
  @Override
  public synchronized void close() {
    if (features != null) {
      features.shutdownNow();
    }
    if (placer != null) {
      placer.shutdownNow();
    }
    prepared.clear();
  }
}
