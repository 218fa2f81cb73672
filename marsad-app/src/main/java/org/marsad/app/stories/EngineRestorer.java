package org.marsad.app.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.StoryEngine;
import org.marsad.store.ArticleStore;

/**
 * Rebuilds the stories engine from a store: frequencies from the snapshot when it matches the
 * store's placements, else from the stored articles; then every placement, in sequence.
 */
final class EngineRestorer {
  private EngineRestorer() {}

  static StoryEngine restore(ArticleStore store, @Nullable Path snapshot, Consumer<String> log) throws IOException {
    long[] placed = {0};
    store.forEachPlacement((id, p) -> placed[0]++);
    StoryEngine engine = Storage.readSnapshot(snapshot, log);
    if (engine == null || engine.frequencyDocuments() != placed[0]) {
      if (placed[0] > 0) {
        log.accept("stories: rebuilding word frequencies from " + placed[0] + " stored articles");
      }
      StoryEngine fresh = new StoryEngine();
      store.forEachPlacement((id, p) -> {
        Optional<Article> a = store.find(id);
        if (a.isPresent()) {
          fresh.learn(ArticleFeatures.of(a.get()));
        }
      });
      engine = fresh;
    }
    StoryEngine e = engine;
    store.forEachPlacement((id, p) -> e.restore(id, p.groupId(), p.storyId(), p.sequence(), p.fingerprint()));
    return e;
  }
}
