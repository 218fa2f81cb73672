package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.placed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.ArticleBrief;
import org.marsad.store.Placement;
import org.marsad.store.UpsertResult;

class LuceneStorePlacementTest {
  @TempDir Path dir;

  private final Article flood = article("flood-1", "فيضانات في البصرة", "غمرت الأمطار شوارع البصرة.");
  private final Article storm = article("storm-1", "عاصفة ترابية في بغداد", "تأجلت الرحلات في مطار بغداد.");

  @Test
  void placementRoundTripsEveryPart() throws IOException {
    Placement p = new Placement("مجموعة-١", "قصة-١", 42, new byte[] {0, 1, -128, 127, 0});
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.upsert(flood, p)).isEqualTo(UpsertResult.CREATED);
      assertThat(store.placement("flood-1")).contains(p);
      assertThat(store.placement("flood-1").orElseThrow().fingerprint()).containsExactly(0, 1, -128, 127, 0);
      assertThat(store.find("flood-1")).contains(flood);
    }
  }

  @Test
  void anEmptyFingerprintIsKeptAsEmpty() throws IOException {
    Placement p = new Placement("g", "s", 0, new byte[0]);
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(flood, p);
      assertThat(store.placement("flood-1")).contains(p);
    }
  }

  @Test
  void unknownArticlesAndArticlesWithoutPlacementHaveNone() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(storm);
      assertThat(store.placement("storm-1")).isEmpty();
      assertThat(store.placement("missing")).isEmpty();
    }
  }

  @Test
  void theSameArticleAndPlacementAreUnchanged() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.upsert(flood, placed("g1", "s1", 3))).isEqualTo(UpsertResult.CREATED);
      // An equal placement in new arrays, before and after the reader sees the first write.
      assertThat(store.upsert(flood, placed("g1", "s1", 3))).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.upsert(flood, placed("g1", "s1", 3))).isEqualTo(UpsertResult.UNCHANGED);
    }
  }

  @Test
  void aChangeInAnyPartOfThePlacementIsAnUpdate() throws IOException {
    Placement p = placed("g1", "s1", 3);
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(flood, p);
      for (Placement changed : List.of(
          new Placement("g2", "s1", 3, p.fingerprint()),
          new Placement("g2", "s2", 3, p.fingerprint()),
          new Placement("g2", "s2", 4, p.fingerprint()),
          new Placement("g2", "s2", 4, new byte[] {9}))) {
        assertThat(store.upsert(flood, changed)).as("%s", changed).isEqualTo(UpsertResult.UPDATED);
        assertThat(store.placement("flood-1")).contains(changed);
      }
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void upsertWithoutPlacementDropsIt() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(flood, placed("g1", "s1", 0));
      store.commit();
      assertThat(store.upsert(flood)).isEqualTo(UpsertResult.UPDATED);
      assertThat(store.upsert(flood)).isEqualTo(UpsertResult.UNCHANGED);

      assertThat(store.placement("flood-1")).isEmpty();
      assertThat(store.groupMembers("g1", 10)).isEmpty();
      assertThat(store.storyMembers("s1", 10)).isEmpty();
      assertThat(visitAll(store)).isEmpty();
      assertThat(store.find("flood-1")).contains(flood);
    }
  }

  @Test
  void placementsSurviveCloseAndReopen() throws IOException {
    Placement p = placed("g1", "s1", 5);
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(flood, p);
      store.upsert(storm);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.placement("flood-1")).contains(p);
      assertThat(store.placement("storm-1")).isEmpty();
      assertThat(store.upsert(flood, p)).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(store.storyMembers("s1", 10)).extracting(ArticleBrief::id).containsExactly("flood-1");
    }
  }

  @Test
  void aCrashKeepsTheCommittedPlacementsOnly() throws IOException {
    Placement committed = placed("g1", "s1", 0);
    LuceneStore store = LuceneStore.open(dir);
    store.upsert(flood, committed);
    store.commit();
    store.upsert(flood, placed("g9", "s9", 0));
    store.upsert(storm, placed("g2", "s1", 1));
    assertThat(store.storyMembers("s1", 10)).extracting(ArticleBrief::id).containsExactly("storm-1");
    store.abandon();

    try (LuceneStore reopened = LuceneStore.open(dir)) {
      assertThat(reopened.placement("flood-1")).contains(committed);
      assertThat(reopened.placement("storm-1")).isEmpty();
      assertThat(reopened.storyMembers("s1", 10)).extracting(ArticleBrief::id).containsExactly("flood-1");
      assertThat(reopened.storyMembers("s9", 10)).isEmpty();
      assertThat(reopened.upsert(flood, committed)).isEqualTo(UpsertResult.UNCHANGED);
    }
  }

  @Test
  void forEachPlacementVisitsLivePlacementsInSequenceOrder() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("c", "ج", "نص"), placed("c", "s1", 3));
      store.upsert(article("unplaced", "بلا موضع", "نص"));
      store.count(); // a segment boundary
      store.upsert(article("a", "أ", "نص"), placed("a", "s1", 0));
      store.upsert(article("dropped", "أسقط", "نص"), placed("dropped", "s2", 4));
      store.upsert(article("moved", "نقل", "نص"), placed("moved", "s2", 9));
      store.count();
      store.upsert(article("b", "ب", "نص"), placed("a", "s1", 2));
      store.upsert(article("dropped", "أسقط", "نص"));
      store.upsert(article("moved", "نقل", "نص"), placed("moved", "s2", 1));

      List<String> visited = new ArrayList<>();
      store.forEachPlacement((id, p) -> visited.add(id + "@" + p.sequence() + ":" + p.groupId() + "/" + p.storyId()));
      assertThat(visited).containsExactly("a@0:a/s1", "moved@1:moved/s2", "b@2:a/s1", "c@3:c/s1");

      List<String> from2 = new ArrayList<>();
      store.forEachPlacement(2, (id, p) -> from2.add(id + "@" + p.sequence()));
      assertThat(from2).containsExactly("b@2", "c@3");
      // the dropped placement's 4 and the moved one's 9 are gone: the last live one is 3
      assertThat(store.lastPlacementSequence()).isEqualTo(3);
    }
  }

  @Test
  void aStoreWithoutPlacementsHasNoLastSequence() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.lastPlacementSequence()).isEqualTo(-1);
      store.upsert(article("unplaced", "بلا موضع", "نص"));
      assertThat(store.lastPlacementSequence()).isEqualTo(-1);
    }
  }

  /** More placements than one read chunk, written in shuffled order over several segments. */
  @Test
  void forEachPlacementOrdersThousandsAcrossSegmentsAndChunks() throws IOException {
    int n = PlacementScan.CHUNK * 2 + 77;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20240301));
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int k = 0; k < n; k++) {
        int seq = order.get(k);
        store.upsert(article("id" + seq, "عنوان " + seq, "نص " + seq), placed("g" + seq / 3, "s" + seq / 10, seq));
        if (k % 700 == 0) {
          store.count();
        }
      }
      List<Long> sequences = new ArrayList<>();
      List<String> mismatches = new ArrayList<>();
      store.forEachPlacement((id, p) -> {
        sequences.add(p.sequence());
        if (!id.equals("id" + p.sequence()) || !p.groupId().equals("g" + p.sequence() / 3)) {
          mismatches.add(id + " " + p);
        }
      });
      assertThat(sequences).hasSize(n).isSorted();
      assertThat(sequences.get(n - 1)).isEqualTo(n - 1L);
      assertThat(mismatches).isEmpty();
    }
  }

  private static List<String> visitAll(LuceneStore store) throws IOException {
    List<String> ids = new ArrayList<>();
    store.forEachPlacement((id, p) -> ids.add(id));
    return ids;
  }
}
