package org.marsad.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Placement;
import org.marsad.store.UpsertResult;

class StorageTest {
  @TempDir Path dir;

  @Test
  void copiesShareAGroupAndTheOwnReportOnlyTheStory() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.wire(), StoryFixtures.copy(), StoryFixtures.shortCopy(), StoryFixtures.ownReport(), StoryFixtures.football());
      Placement wire = store.store().placement("fair-wire").orElseThrow();
      assertThat(store.store().placement("fair-copy").orElseThrow().groupId()).isEqualTo(wire.groupId()).isEqualTo("fair-wire");
      assertThat(store.store().placement("fair-short").orElseThrow().groupId()).isEqualTo("fair-wire");
      Placement own = store.store().placement("fair-own").orElseThrow();
      assertThat(own.groupId()).isEqualTo("fair-own");
      assertThat(own.storyId()).isEqualTo(wire.storyId());
      Placement football = store.store().placement("football").orElseThrow();
      assertThat(football.groupId()).isEqualTo("football");
      assertThat(football.storyId()).isNotEqualTo(wire.storyId());
    }
  }

  @Test
  void theEarliestFullCopyIsCanonicalAndEveryCopyKnowsIt() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      // The short copy arrives first but is not the full text; the wire release is the earliest full one.
      storeAll(store, StoryFixtures.shortCopy(), StoryFixtures.copy(), StoryFixtures.wire());
      StoryViews views = new StoryViews(store);
      ArticleStories ofCopy = views.of(StoryFixtures.copy());
      assertThat(ofCopy.duplicateOf()).isEqualTo("fair-wire");
      assertThat(ofCopy.copies()).extracting(Copy::id).containsExactly("fair-wire", "fair-short");
      assertThat(ofCopy.copies().get(0).canonical()).isTrue();
      assertThat(ofCopy.outlets(StoryFixtures.copy().source())).isEqualTo(3);
      ArticleStories ofWire = views.of(StoryFixtures.wire());
      assertThat(ofWire.duplicateOf()).isNull();
      assertThat(ofWire.copies()).extracting(Copy::id).containsExactlyInAnyOrder("fair-copy", "fair-short");
    }
  }

  @Test
  void anArticlePlacedButNotStoredYetIsStoredWithAFingerprintARestartCanRead() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.wire());
      store.placement().place(StoryFixtures.copy()); // placed, then the write was lost
      assertThat(store.add(StoryFixtures.copy())).isEqualTo(UpsertResult.CREATED);
      assertThat(store.store().placement("fair-copy").orElseThrow().fingerprint()).isNotEmpty();
      store.commit();
    }
    try (Storage again = Storage.open(dir, m -> {})) {
      assertThat(again.engine().placement("fair-copy")).isNotNull();
      assertThat(again.engine().placement("fair-copy").groupId()).isEqualTo("fair-wire");
    }
  }

  @Test
  void storingAnArticleAgainKeepsItsPlacementAndChangesNothing() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.wire(), StoryFixtures.copy());
      Placement before = store.store().placement("fair-copy").orElseThrow();
      assertThat(store.add(StoryFixtures.copy())).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(store.store().placement("fair-copy")).contains(before);
    }
  }

  @Test
  void afterARestartNewCopiesJoinOldGroupsWithOrWithoutTheSnapshot() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.wire(), StoryFixtures.football());
    }
    Path snapshot = Storage.engineFile(Storage.storiesFolder(dir));
    assertThat(snapshot).exists();
    try (Storage store = Storage.open(dir, m -> {})) {
      store.add(StoryFixtures.copy());
      assertThat(store.store().placement("fair-copy").orElseThrow().groupId()).isEqualTo("fair-wire");
      assertThat(store.store().placement("fair-copy").orElseThrow().sequence()).isEqualTo(2);
    }
    Files.delete(snapshot);
    try (Storage store = Storage.open(dir, m -> {})) {
      store.add(StoryFixtures.shortCopy());
      assertThat(store.store().placement("fair-short").orElseThrow().groupId()).isEqualTo("fair-wire");
      assertThat(store.engine().frequencyDocuments()).isEqualTo(4);
    }
  }

  @Test
  void groupsThatTurnOutToHoldOneTextMergeAndTheirStoredPlacementsFollow() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.fairFirstPart(), StoryFixtures.fairLastPart());
      assertThat(store.store().placement("fair-last").orElseThrow().groupId()).as("the cuts alone").isEqualTo("fair-last");

      store.add(StoryFixtures.fairWhole());
      store.commit();

      for (String id : List.of("fair-first", "fair-last", "fair-whole")) {
        assertThat(store.store().placement(id).orElseThrow().groupId()).as(id).isEqualTo("fair-first");
      }
      assertThat(store.engine().placement("fair-last").groupId()).isEqualTo("fair-first");
      assertThat(store.add(StoryFixtures.fairLastPart())).as("stored again as it is now").isEqualTo(UpsertResult.UNCHANGED);
    }
    try (Storage store = Storage.open(dir, m -> {})) {
      assertThat(store.engine().placement("fair-last").groupId()).as("after a restart").isEqualTo("fair-first");
      assertThat(store.store().groupMembers("fair-first", 10)).hasSize(3);
      assertThat(store.store().groupMembers("fair-last", 10)).isEmpty();
    }
  }

  @Test
  void relatedReadsLeaveOutTheArticlesOwnCopies() throws Exception {
    try (Storage store = Storage.open(dir, m -> {})) {
      storeAll(store, StoryFixtures.wire(), StoryFixtures.copy(), StoryFixtures.shortCopy(), StoryFixtures.ownReport(), StoryFixtures.football());
      List<RelatedRead> related = new StoryViews(store).related(StoryFixtures.wire(), 5);
      assertThat(related).extracting(RelatedRead::id).doesNotContain("fair-wire", "fair-copy", "fair-short");
      assertThat(related).extracting(RelatedRead::id).first().isEqualTo("fair-own");
    }
  }

  @Test
  void preparedArticlesArePlacedAsIfPlacedOneByOne() throws Exception {
    Article[] all = {StoryFixtures.wire(), StoryFixtures.copy(), StoryFixtures.shortCopy(), StoryFixtures.ownReport(), StoryFixtures.football()};
    java.util.Map<String, Placement> oneByOne = new java.util.HashMap<>();
    try (Storage store = Storage.open(dir.resolve("one"), m -> {})) {
      storeAll(store, all);
      for (Article a : all) {
        oneByOne.put(a.id(), store.store().placement(a.id()).orElseThrow());
      }
    }
    try (Storage store = Storage.open(dir.resolve("ahead"), m -> {})) {
      for (Article a : all) {
        store.placement().prepare(a);
      }
      for (Article a : all) {
        assertThat(store.write(new org.marsad.pipeline.Processed(a, store.placement().place(a)))).isEqualTo(UpsertResult.CREATED);
      }
      for (Article a : all) {
        assertThat(store.store().placement(a.id())).contains(oneByOne.get(a.id()));
      }
      assertThat(store.placingNanos()).isPositive();
    }
  }

  private static void storeAll(Storage store, Article... articles) throws Exception {
    for (Article a : articles) {
      store.add(a);
    }
    store.commit();
  }
}
