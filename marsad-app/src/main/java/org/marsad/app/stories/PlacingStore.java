package org.marsad.app.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.Placed;
import org.marsad.stories.StoryEngine;
import org.marsad.store.ArticleBrief;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SourceSummary;
import org.marsad.store.StoreStats;
import org.marsad.store.StoryPage;
import org.marsad.store.StoryQuery;
import org.marsad.store.UpsertResult;
import org.marsad.store.lucene.LuceneStore;

/**
 * The app's store: every article upserted without a placement is first placed by the stories
 * engine (its duplicate group and story), then stored with it, so every way in (files, feeds, the
 * API) gets stories, and placements are committed with their articles. When placing an article
 * merges duplicate groups, the stored placements of the merged groups' members are rewritten
 * right after it, so the next commit holds both.
 *
 * <p>The engine's memory is rebuilt on first use from the stored placements (a second or so per
 * hundred thousand articles) and the document-frequency snapshot written at each commit. A
 * snapshot that does not match the store (a crash between the two writes, or none yet) is rebuilt
 * from the stored articles, so nothing is lost, only time. Commands that only read never pay for
 * the engine.
 *
 * <p>Thread-safe as the engine and the delegate are.
 */
public final class PlacingStore implements ArticleStore {
  private final ArticleStore store;
  private final @Nullable Path snapshot;
  private final Consumer<String> log;
  /**
   * Threads computing the features of prepared articles: one beside the ingest thread is what a 2-core machine
   * has to spare; more would compete with Lucene's merges.
   */
  private static final int FEATURE_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));

  private @Nullable StoryEngine engine;
  /** Placements under way for articles about to be upserted; keyed by the article itself. */
  private final Map<Article, Future<Placed>> prepared = new ConcurrentHashMap<>();
  private @Nullable Threads threads;
  /** Time spent computing features and placing, for benchmarks and metrics. */
  private final LongAdder placingNanos = new LongAdder();

  /**
   * @param snapshot where to keep the document frequencies between runs, or null to keep them
   *     only in memory (they are then rebuilt from the store on each start)
   * @param log hears about rebuilding, which can take a while on a large store
   */
  public PlacingStore(ArticleStore store, @Nullable Path snapshot, Consumer<String> log) {
    this.store = store;
    this.snapshot = snapshot;
    this.log = log;
  }

  /**
   * Opens the store of a data folder: articles in {@code articles/}, the snapshot in
   * {@code stories/}.
   */
  public static PlacingStore open(Path dataDir, Consumer<String> log) throws IOException {
    return new PlacingStore(LuceneStore.open(dataDir.resolve("articles")), snapshotFile(dataDir), log);
  }

  /** Where a data folder keeps the stories' document-frequency snapshot. */
  public static Path snapshotFile(Path dataDir) {
    return dataDir.resolve("stories").resolve("frequencies.bin");
  }

  /**
   * Nanoseconds of work spent so far computing features (on whichever thread) and placing articles,
   * not restoring: the CPU cost of stories, which preparing moves off the ingest thread in part.
   */
  public long placingNanos() {
    return placingNanos.sum();
  }

  /** The store underneath, for what only it can do. */
  public ArticleStore delegate() {
    return store;
  }

  /** The engine, rebuilt from the store on first use. */
  public synchronized StoryEngine engine() throws IOException {
    if (engine == null) {
      engine = EngineRestorer.restore(store, snapshot, log);
    }
    return engine;
  }

  /**
   * Starts placing the article ahead of its {@link #upsert}: its features are computed on a
   * worker thread and it is placed on the placing thread, in the order prepared, so an ingest
   * that reads ahead overlaps placing with reading and indexing, and the upsert only waits for
   * what is not done yet. An article never prepared is placed when it is upserted.
   *
   * @throws IOException if the engine cannot be rebuilt from the store
   */
  @Override
  public void prepare(Article article) throws IOException {
    StoryEngine e = engine();
    if (e.placement(article.id()) != null) {
      return; // placed before: the upsert reuses that placement and needs no features
    }
    prepared.computeIfAbsent(article, a -> {
      Future<ArticleFeatures> features = threads().features.submit(() -> {
        long start = System.nanoTime();
        ArticleFeatures f = ArticleFeatures.of(a);
        placingNanos.add(System.nanoTime() - start);
        return f;
      });
      return threads().placer.submit(() -> {
        ArticleFeatures f = features.get();
        long start = System.nanoTime();
        Placed p = e.place(f);
        placingNanos.add(System.nanoTime() - start);
        return p;
      });
    });
  }

  /** The feature workers and the one placing thread, started on first prepare. */
  private record Threads(ExecutorService features, ExecutorService placer) {}

  private synchronized Threads threads() {
    if (threads == null) {
      threads = new Threads(Executors.newFixedThreadPool(FEATURE_THREADS, daemon("marsad-features")),
          Executors.newSingleThreadExecutor(daemon("marsad-placer")));
    }
    return threads;
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Where the article goes: placed ahead by {@link #prepare}, or now. */
  private Placed place(Article article) throws IOException {
    Future<Placed> ahead = prepared.remove(article);
    if (ahead == null) {
      StoryEngine e = engine();
      Placed before = e.placement(article.id());
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
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("placing " + article.id(), e.getCause());
    }
  }

  @Override
  public UpsertResult upsert(Article article, @Nullable Placement placement) throws IOException {
    if (placement != null) {
      return store.upsert(article, placement);
    }
    Placed p = place(article);
    StoryEngine e = engine();
    UpsertResult result = store.upsert(article, placementNow(e, article.id(), p));
    regroup(e, p.regrouped());
    return result;
  }

  /**
   * The placement to store: as placed, in the group the article is in now (a later article may
   * have merged its group while it waited to be upserted).
   */
  private static Placement placementNow(StoryEngine e, String id, Placed p) {
    Placed now = e.placement(id);
    String group = now != null ? now.groupId() : p.groupId();
    return new Placement(group, p.storyId(), p.sequence(), p.fingerprint());
  }

  /**
   * Rewrites the stored placements of articles whose group merged into another, in the same
   * commit as the article that merged them. One not stored yet gets its group when it is.
   */
  private void regroup(StoryEngine e, List<String> ids) throws IOException {
    for (String id : ids) {
      Optional<Article> stored = store.find(id);
      Optional<Placement> was = store.placement(id);
      Placed now = e.placement(id);
      if (stored.isPresent() && was.isPresent() && now != null && !now.groupId().equals(was.get().groupId())) {
        Placement p = was.get();
        store.upsert(stored.get(), new Placement(now.groupId(), p.storyId(), p.sequence(), p.fingerprint()));
      }
    }
  }

  /** Commits the store, then the frequency snapshot, so a snapshot never runs ahead of the store. */
  @Override
  public void commit() throws IOException {
    store.commit();
    writeSnapshot();
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (threads != null) {
        threads.features().shutdownNow();
        threads.placer().shutdownNow();
      }
    }
    prepared.clear();
    try {
      store.commit();
      writeSnapshot();
    } finally {
      store.close();
    }
  }

  private synchronized void writeSnapshot() throws IOException {
    if (engine == null || snapshot == null) {
      return;
    }
    Files.createDirectories(snapshot.getParent());
    Path tmp = snapshot.resolveSibling(snapshot.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      engine.writeFrequencies(out);
    }
    try {
      Files.move(tmp, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, snapshot, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Reads a snapshot, or null when there is none or it cannot be read. */
  static @Nullable StoryEngine readSnapshot(@Nullable Path snapshot, Consumer<String> log) {
    if (snapshot == null || !Files.isRegularFile(snapshot)) {
      return null;
    }
    try (InputStream raw = Files.newInputStream(snapshot);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      return StoryEngine.withFrequencies(in);
    } catch (IOException | RuntimeException e) {
      log.accept("stories: ignoring unreadable snapshot " + snapshot + " (" + e.getMessage() + "); rebuilding it");
      return null;
    }
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    return store.find(id);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return store.search(request);
  }

  @Override
  public long count() throws IOException {
    return store.count();
  }

  @Override
  public StoreStats stats() throws IOException {
    return store.stats();
  }

  @Override
  public List<SourceSummary> sources(int limit) throws IOException {
    return store.sources(limit);
  }

  @Override
  public Optional<Placement> placement(String id) throws IOException {
    return store.placement(id);
  }

  @Override
  public List<ArticleBrief> groupMembers(String groupId, int limit) throws IOException {
    return store.groupMembers(groupId, limit);
  }

  @Override
  public List<ArticleBrief> storyMembers(String storyId, int limit) throws IOException {
    return store.storyMembers(storyId, limit);
  }

  @Override
  public StoryPage stories(StoryQuery query) throws IOException {
    return store.stories(query);
  }

  @Override
  public List<String> similar(Article article, int limit) throws IOException {
    return store.similar(article, limit);
  }

  @Override
  public void forEachPlacement(PlacementVisitor visitor) throws IOException {
    store.forEachPlacement(visitor);
  }
}
