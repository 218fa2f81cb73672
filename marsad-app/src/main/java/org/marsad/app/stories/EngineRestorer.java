package org.marsad.app.stories;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.StoredPlacement;
import org.marsad.stories.StoryEngine;
import org.marsad.stories.io.BlockDataInput;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;

/**
 * Gives a data folder's stories engine back after a restart. From the engine snapshot written at
 * the last commit, when there is one: the engine is then as it was, and only placements the store
 * committed after the snapshot (a crash between the two writes) are read back and replayed. Without
 * a usable snapshot (none yet, damaged, or written by other settings or another version), the
 * engine is rebuilt from the store: word frequencies from the stored articles (or a frequency
 * snapshot of an older Marsad that matches them), then the window's placements and those of the
 * stories it holds. A rebuilt engine groups copies as the lost one would; its stories were shaped
 * under today's frequencies, so they may differ a little.
 */
final class EngineRestorer {
  private EngineRestorer() {}

  static StoryEngine restore(ArticleStore store, @Nullable Path folder, StoryEngine.Config config, Consumer<String> log)
      throws IOException {
    StoryEngine engine = folder == null ? null : readSnapshot(Storage.engineFile(folder), config, log);
    if (engine != null) {
      catchUp(store, engine, log);
      return engine;
    }
    return rebuild(store, folder, config, log);
  }

  /** Replays what the store committed after the snapshot was written: usually nothing. */
  private static void catchUp(ArticleStore store, StoryEngine engine, Consumer<String> log) throws IOException {
    long from = engine.nextSequence();
    if (store.lastPlacementSequence() < from) {
      return;
    }
    Sequences sequences = new Sequences(store);
    int[] replayed = {0};
    store.forEachPlacement(from, (id, p) -> {
      Optional<Article> a = store.find(id);
      if (a.isPresent()) {
        engine.learn(ArticleFeatures.of(a.get()));
      }
      engine.restore(sequences.of(id, p));
      replayed[0]++;
    });
    log.accept("stories: replayed " + replayed[0] + " placements committed after the engine snapshot");
  }

  private static StoryEngine rebuild(ArticleStore store, @Nullable Path folder, StoryEngine.Config config,
      Consumer<String> log) throws IOException {
    long[] placed = {0};
    store.forEachPlacement((id, p) -> placed[0]++);
    StoryEngine engine = folder == null ? null : readLegacyFrequencies(folder.resolve(LEGACY_FREQUENCIES), config, log);
    if (engine == null || engine.frequencyDocuments() != placed[0]) {
      if (placed[0] > 0) {
        log.accept("stories: rebuilding word frequencies from " + placed[0] + " stored articles");
      }
      StoryEngine fresh = new StoryEngine(config);
      store.forEachPlacement((id, p) -> {
        Optional<Article> a = store.find(id);
        if (a.isPresent()) {
          fresh.learn(ArticleFeatures.of(a.get()));
        }
      });
      engine = fresh;
    }
    long last = store.lastPlacementSequence();
    if (last < 0) {
      return engine;
    }
    long floor = engine.startRestoring(last);
    // The stories the window holds, and the first sequence of any of them.
    Set<String> stories = new HashSet<>();
    Sequences sequences = new Sequences(store);
    long[] from = {floor};
    store.forEachPlacement(floor, (id, p) -> {
      if (stories.add(p.storyId())) {
        from[0] = Math.min(from[0], sequences.of(p.storyId()));
      }
    });
    StoryEngine e = engine;
    store.forEachPlacement(from[0], (id, p) -> {
      if (p.sequence() >= floor || stories.contains(p.storyId())) {
        e.restore(sequences.of(id, p));
      }
    });
    if (placed[0] > 0) {
      log.accept("stories: rebuilt the engine from " + (last + 1 - floor) + " placements of the window");
    }
    return e;
  }

  /** Placement sequences of group and story founders, from the store, remembered. */
  private static final class Sequences {
    private final ArticleStore store;
    private final Map<String, Long> known = new HashMap<>();

    Sequences(ArticleStore store) {
      this.store = store;
    }

    StoredPlacement of(String id, Placement p) throws IOException {
      known.put(id, p.sequence());
      return new StoredPlacement(id, p.groupId(), of(p.groupId()), p.storyId(), of(p.storyId()), p.sequence(), p.fingerprint());
    }

    /** A founder that is not stored (placed, then never written) keeps no sequence: 0, the oldest. */
    long of(String founder) throws IOException {
      Long s = known.get(founder);
      if (s == null) {
        s = store.placement(founder).map(Placement::sequence).orElse(0L);
        known.put(founder, s);
      }
      return s;
    }
  }

  /** The frequency snapshot an older Marsad wrote beside the store: read once, to spare a full re-read. */
  static final String LEGACY_FREQUENCIES = "frequencies.bin";

  private static @Nullable StoryEngine readSnapshot(Path file, StoryEngine.Config config, Consumer<String> log) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (BlockDataInput in = new BlockDataInput(Files.newInputStream(file))) {
      return StoryEngine.readFrom(in, config);
    } catch (IOException | RuntimeException e) {
      log.accept("stories: not using the engine snapshot " + file + " (" + e.getMessage() + "); rebuilding from the store");
      return null;
    }
  }

  /** A scoring-only engine from the snapshot's head, or null when there is no usable snapshot. */
  static @Nullable StoryEngine scoring(Path file, StoryEngine.Config config) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (BlockDataInput in = new BlockDataInput(Files.newInputStream(file))) {
      return StoryEngine.scoringFrom(in, config);
    } catch (IOException | RuntimeException e) {
      return null; // the placing engine, rebuilt from the store, scores instead
    }
  }

  private static @Nullable StoryEngine readLegacyFrequencies(Path file, StoryEngine.Config config, Consumer<String> log) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      return StoryEngine.withFrequencies(in, config);
    } catch (IOException | RuntimeException e) {
      log.accept("stories: ignoring unreadable frequency snapshot " + file + " (" + e.getMessage() + ")");
      return null;
    }
  }
}
