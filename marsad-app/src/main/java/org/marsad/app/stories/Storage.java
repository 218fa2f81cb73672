package org.marsad.app.stories;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.pipeline.Processed;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.Placed;
import org.marsad.stories.PlacementStage;
import org.marsad.stories.StoryEngine;
import org.marsad.stories.io.BlockDataOutput;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;
import org.marsad.store.UpsertResult;
import org.marsad.store.lucene.LuceneStore;

/**
 * A data folder: the article store, and beside it the stories engine's snapshot, written at each
 * commit right after the store's, so that the engine goes on where it stopped. It is read on
 * first use (a second or so: the engine holds a bounded window, not the store); what the store
 * committed after it is replayed, and without one the engine is rebuilt from the store (see
 * {@link EngineRestorer}), so nothing is lost, only time. Commands that only read never pay for
 * the engine.
 *
 * <p>Every route writes what the pipeline made through {@link #write}: the article with its
 * placement, and, when placing it merged duplicate groups, the stored placements of the merged
 * groups' members rewritten right after it, so the next commit holds both. The store itself keeps
 * to storage. Thread-safe as the store and the engine are.
 */
public final class Storage implements Closeable {
  private final ArticleStore store;
  /** Where the engine's snapshot lives, or null to keep the engine only in memory. */
  private final @Nullable Path folder;
  private final PlacementStage placement;
  private final StoryEngine.Config config;

  /**
   * @param folder where to keep the engine's snapshot between runs, or null to keep the engine
   *     only in memory (it is then rebuilt from the store on each start)
   * @param log hears about rebuilding, which can take a while on a large store
   */
  public Storage(ArticleStore store, @Nullable Path folder, Consumer<String> log) {
    this(store, folder, StoryEngine.Config.defaults(), log);
  }

  /** As {@link #Storage(ArticleStore, Path, Consumer)}, placing with {@code config}. */
  public Storage(ArticleStore store, @Nullable Path folder, StoryEngine.Config config, Consumer<String> log) {
    this.store = store;
    this.folder = folder;
    this.config = config;
    this.placement = new PlacementStage(() -> EngineRestorer.restore(store, folder, config, log), this::storedPlacement);
  }

  /**
   * Opens the data folder: articles in {@code articles/}, the engine's snapshot in {@code
   * stories/}.
   */
  public static Storage open(Path dataDir, Consumer<String> log) throws IOException {
    return new Storage(LuceneStore.open(dataDir.resolve("articles")), storiesFolder(dataDir), log);
  }

  /** Where a data folder keeps what the stories engine needs between runs. */
  public static Path storiesFolder(Path dataDir) {
    return dataDir.resolve("stories");
  }

  /** The engine's snapshot in a stories folder. */
  public static Path engineFile(Path storiesFolder) {
    return storiesFolder.resolve("engine.bin");
  }

  /** Where an article placed before the engine's window was put, as the store last saw it. */
  private @Nullable Placed storedPlacement(String id) throws IOException {
    Optional<Placement> p = store.placementAsLastSeen(id);
    return p.map(s -> Placed.stored(s.groupId(), s.storyId(), s.sequence())).orElse(null);
  }

  /** The articles: everything that reads goes here. */
  public ArticleStore store() {
    return store;
  }

  /** The pipeline's placement stage, placing with this folder's engine. */
  public PlacementStage placement() {
    return placement;
  }

  /** The placing engine: read from its snapshot, or rebuilt from the store, on first use. */
  public StoryEngine engine() throws IOException {
    return placement.engine();
  }

  /**
   * An engine to score with (related reads, story labels): the placing engine once it is in use,
   * else one read from the head of the snapshot alone, its word frequencies, which a server that
   * only reads gets in a fraction of the time the whole engine takes. Without a usable snapshot,
   * the placing engine.
   */
  public StoryEngine scoring() throws IOException {
    if (placement.started()) {
      return placement.engine();
    }
    synchronized (this) {
      if (scoring == null && folder != null) {
        scoring = EngineRestorer.scoring(engineFile(folder), config);
      }
      if (scoring != null) {
        return scoring;
      }
    }
    return placement.engine();
  }

  /** The scoring engine read from the snapshot, while the placing engine is not in use. */
  private @Nullable StoryEngine scoring;

  /**
   * Nanoseconds of work spent so far computing features (on whichever thread) and placing
   * articles, not restoring: the CPU cost of stories.
   */
  public long placingNanos() {
    return placement.placingNanos();
  }

  /**
   * Stores what the pipeline made: with its placement, in the group the article is in now (a later
   * article may have merged its group while it waited), then the rewritten placements of the
   * members its placing moved. An article the pipeline did not place is stored without one.
   */
  public UpsertResult write(Processed processed) throws IOException {
    Article article = processed.article();
    Placed p = processed.placed();
    if (p == null) {
      return store.upsert(article);
    }
    StoryEngine e = engine();
    UpsertResult result = store.upsert(article, placementNow(e, article, p));
    regroup(e, p.regrouped());
    return result;
  }

  /**
   * Places and stores an article made elsewhere than the pipeline (fixtures, an import of stored
   * articles), as {@link #write} stores what the pipeline placed.
   */
  public UpsertResult add(Article article) throws IOException {
    return write(new Processed(article, placement.place(article)));
  }

  /**
   * The placement to store: in the group the article is in now, with its fingerprint. An article
   * placed before (stored again) comes without one, since the engine does not keep them: the
   * stored one is kept, or, when the store does not show it yet, it is made again.
   */
  private Placement placementNow(StoryEngine e, Article article, Placed p) throws IOException {
    Placed now = e.placement(article.id());
    String group = now != null ? now.groupId() : p.groupId();
    byte[] fingerprint = p.hasFingerprint() ? p.fingerprint()
        : store.placement(article.id()).map(Placement::fingerprint).orElseGet(() -> e.fingerprintOf(ArticleFeatures.of(article)));
    return placement(group, p.storyId(), p.sequence(), fingerprint);
  }

  /** A placement to store, with the related keys its fingerprint gives (none if it cannot be read). */
  private static Placement placement(String group, String story, long sequence, byte[] fingerprint) {
    List<String> keys;
    try {
      keys = StoryEngine.relatedKeys(fingerprint);
    } catch (IOException e) {
      keys = List.of(); // an unreadable fingerprint is stored as it is; related reads then analyse the text
    }
    return new Placement(group, story, sequence, fingerprint, keys);
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
        store.upsert(stored.get(), placement(now.groupId(), p.storyId(), p.sequence(), p.fingerprint()));
      }
    }
  }

  /**
   * Placements after which a commit writes the engine's snapshot again. The snapshot holds the
   * whole window (some 80 MB), too much to write after every poll of a feed that brought three
   * articles; what a crash loses of the gap, a restart replays from the store.
   */
  static final long SNAPSHOT_EVERY_PLACEMENTS = 5_000;
  /** Or after this long, if anything was placed: a slow trickle of articles is snapshotted too. */
  static final long SNAPSHOT_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

  /** The engine's next sequence when its snapshot was last written; -1 before the first. */
  private long snapshotAt = -1;
  private long snapshotNanos = System.nanoTime();

  /**
   * Commits the store, then, when due, writes the engine's snapshot: after {@link
   * #SNAPSHOT_EVERY_PLACEMENTS} placements or {@link #SNAPSHOT_EVERY_NANOS}. Written right after
   * the store's commit, a snapshot never misses what the store holds (it may hold placements not
   * stored yet, which a restart keeps); between snapshots, a restart after a crash replays what the
   * store committed since.
   */
  public void commit() throws IOException {
    store.commit();
    writeSnapshot(false);
  }

  /** Commits, writes the snapshot if anything was placed since the last one, and closes. */
  @Override
  public void close() throws IOException {
    placement.close();
    try {
      store.commit();
      writeSnapshot(true);
    } finally {
      store.close();
    }
  }

  /** Writes the snapshot beside its last version and moves it over, so a crash leaves one whole. */
  private synchronized void writeSnapshot(boolean closing) throws IOException {
    if (!placement.started() || folder == null) {
      return;
    }
    long next = placement.engine().nextSequence();
    boolean changed = next != snapshotAt;
    boolean due = snapshotAt < 0 || next - snapshotAt >= SNAPSHOT_EVERY_PLACEMENTS
        || System.nanoTime() - snapshotNanos >= SNAPSHOT_EVERY_NANOS;
    if (!changed || !(closing || due)) {
      return;
    }
    Files.createDirectories(folder);
    Path file = engineFile(folder);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BlockDataOutput out = new BlockDataOutput(Files.newOutputStream(tmp))) {
      placement.engine().writeTo(out);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(folder.resolve(EngineRestorer.LEGACY_FREQUENCIES));
    snapshotAt = next;
    snapshotNanos = System.nanoTime();
  }
}
