package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Placement;

/** Related keys: indexed with a placement, looked up without analysing text, kept across rewrites as given. */
class LuceneStoreRelatedKeysTest {
  @TempDir Path dir;

  private static Placement keyed(String id, long sequence, String... keys) {
    return new Placement(id, id, sequence, new byte[] {1}, List.of(keys));
  }

  @Test
  void articlesSharingMoreAndWeightierKeysComeFirstAndTheAskingOneNever() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "أ", "نص"), keyed("a", 0, "k1", "k2", "k3"));
      store.upsert(article("b", "ب", "نص"), keyed("b", 1, "k1", "k2"));
      store.upsert(article("c", "ج", "نص"), keyed("c", 2, "k3"));
      store.upsert(article("d", "د", "نص"), keyed("d", 3, "k9"));
      store.upsert(article("unplaced", "بلا موضع", "نص"));

      assertThat(store.relatedByKeys(Map.of("k1", 1f, "k2", 1f, "k3", 0.1f), "a", 10)).containsExactly("b", "c");
      // a shares both, c the weighty one, b the light one
      assertThat(store.relatedByKeys(Map.of("k1", 0.1f, "k3", 5f), "x", 10)).containsExactly("a", "c", "b");
      assertThat(store.relatedByKeys(Map.of("k1", 1f), "x", 1)).hasSize(1);
      assertThat(store.relatedByKeys(Map.of(), "a", 10)).isEmpty();
      assertThat(store.relatedByKeys(Map.of("nothing", 1f), "a", 10)).isEmpty();
    }
  }

  @Test
  void aKeyMostArticlesHoldIsNotLookedUp() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < RelatedKeys.COMMON_MIN_DOCS + 20; i++) {
        store.upsert(article("n" + i, "عنوان", "نص"), keyed("n" + i, i, "common"));
      }
      store.upsert(article("r", "ر", "نص"), keyed("r", 500, "common", "rare"));
      assertThat(store.relatedByKeys(Map.of("common", 9f, "rare", 0.1f), "x", 10)).containsExactly("r");
      assertThat(store.relatedByKeys(Map.of("common", 1f), "x", 10)).as("nothing left to look up").isEmpty();
    }
  }

  @Test
  void aPlacementReadBackHasNoKeysAndRewritingItWithoutThemDropsThem() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "أ", "نص"), keyed("a", 0, "k1"));
      Placement read = store.placement("a").orElseThrow();
      assertThat(read.relatedKeys()).isEmpty();
      assertThat(read).as("keys are not part of equality").isEqualTo(keyed("a", 0, "k1"));
      assertThat(store.relatedByKeys(Map.of("k1", 1f), "x", 10)).containsExactly("a");
      store.upsert(article("a", "أ", "نص آخر"), read);
      assertThat(store.relatedByKeys(Map.of("k1", 1f), "x", 10)).isEmpty();
    }
  }

  @Test
  void placementsAreReadSeveralAtOnce() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "أ", "نص"), keyed("a", 0));
      store.upsert(article("b", "ب", "نص"), keyed("b", 1));
      store.upsert(article("unplaced", "بلا موضع", "نص"));
      Map<String, Placement> found = store.placements(List.of("b", "missing", "unplaced", "a"));
      assertThat(found).containsOnlyKeys("a", "b");
      assertThat(found.get("b").sequence()).isEqualTo(1);
    }
  }
}
