package org.marsad.app.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.StoryEngine;
import org.marsad.stories.cluster.StoryClustererConfig;
import org.marsad.stories.dedup.DedupConfig;
import org.marsad.store.Placement;
import org.marsad.store.UpsertResult;
import org.marsad.store.lucene.LuceneStore;

/** A data folder's stories engine across restarts: its snapshot, a stale one, none, and its window. */
class StorageRestartTest {
  /** A window of four placements, moving one at a time, so a few articles move it past the first ones. */
  private static final StoryEngine.Config SMALL_WINDOW =
      new StoryEngine.Config(DedupConfig.defaults(), StoryClustererConfig.DEFAULTS, 4);

  @TempDir Path dir;

  @Test
  void aRestartFromTheSnapshotPlacesAsIfTheEngineNeverStopped() throws Exception {
    List<Article> articles = articles();
    Map<String, Placement> straight = new LinkedHashMap<>();
    try (Storage s = open(dir.resolve("straight"), new ArrayList<>())) {
      for (Article a : articles) {
        s.add(a);
      }
      for (Article a : articles) {
        straight.put(a.id(), s.store().placement(a.id()).orElseThrow());
      }
    }
    Path restarted = dir.resolve("restarted");
    for (int from = 0; from < articles.size(); from += 3) {
      try (Storage s = open(restarted, new ArrayList<>())) {
        for (Article a : articles.subList(from, Math.min(articles.size(), from + 3))) {
          s.add(a);
        }
      }
    }
    try (Storage s = open(restarted, new ArrayList<>())) {
      for (Article a : articles) {
        assertThat(s.store().placement(a.id())).as(a.id()).contains(straight.get(a.id()));
      }
    }
    // the copy comes when the wire is still in the window: the two share a group
    assertThat(straight.get("fair-copy").groupId()).isEqualTo("fair-wire");
  }

  @Test
  void anArticlePlacedBeforeTheWindowKeepsItsPlacementWhenItComesAgain() throws Exception {
    List<Article> articles = articles();
    try (Storage s = open(dir, new ArrayList<>())) {
      for (Article a : articles) {
        s.add(a);
      }
    }
    try (Storage s = open(dir, new ArrayList<>())) {
      assertThat(s.engine().placement("fair-wire")).as("out of the window").isNull();
      assertThat(s.add(StoryFixtures.wire())).isEqualTo(UpsertResult.UNCHANGED);
      assertThat(s.store().placement("fair-wire").orElseThrow().sequence()).isZero();
      assertThat(s.engine().nextSequence()).isEqualTo(articles.size());
    }
  }

  @Test
  void aSnapshotOlderThanTheStoreIsCaughtUpWithoutReadingEveryArticle() throws Exception {
    List<Article> articles = articles();
    Path snapshot = Storage.engineFile(Storage.storiesFolder(dir));
    Path older = dir.resolve("older.bin");
    try (Storage s = open(dir, new ArrayList<>())) {
      for (Article a : articles.subList(0, 5)) {
        s.add(a);
      }
    }
    Files.copy(snapshot, older);
    try (Storage s = open(dir, new ArrayList<>())) {
      for (Article a : articles.subList(5, articles.size())) {
        s.add(a);
      }
    }
    // as if the process died after the store's commit and before the snapshot's
    Files.copy(older, snapshot, StandardCopyOption.REPLACE_EXISTING);
    List<String> log = new ArrayList<>();
    try (Storage s = open(dir, log)) {
      assertThat(s.engine().nextSequence()).isEqualTo(articles.size());
      assertThat(s.engine().frequencyDocuments()).isEqualTo(articles.size());
      assertThat(log).containsExactly("stories: replayed " + (articles.size() - 5) + " placements committed after the engine snapshot");
      s.add(StoryFixtures.shortCopy());
      Placement shortCopy = s.store().placement("fair-short").orElseThrow();
      assertThat(shortCopy.sequence()).isEqualTo(articles.size());
    }
  }

  @Test
  void withoutASnapshotTheEngineIsRebuiltFromTheWindowsPlacements() throws Exception {
    List<Article> articles = articles();
    try (Storage s = open(dir, new ArrayList<>())) {
      for (Article a : articles) {
        s.add(a);
      }
    }
    Files.delete(Storage.engineFile(Storage.storiesFolder(dir)));
    List<String> log = new ArrayList<>();
    try (Storage s = open(dir, log)) {
      assertThat(s.engine().nextSequence()).isEqualTo(articles.size());
      assertThat(log).containsExactly("stories: rebuilding word frequencies from " + articles.size() + " stored articles",
          "stories: rebuilt the engine from 5 placements of the window");
      assertThat(s.engine().size()).as("the window and one step").isEqualTo(5);
      // the last article is in the window: its copy joins its group
      Article last = articles.get(articles.size() - 1);
      s.add(StoryFixtures.article("last-copy", "نسخة", last.body(), "صحيفة أخرى", 23, List.of()));
      assertThat(s.store().placement("last-copy").orElseThrow().groupId()).isEqualTo(last.id());
    }
  }

  @Test
  void aCommitWritesTheSnapshotWhenDueAndClosingWritesWhatIsLeft() throws Exception {
    List<Article> articles = articles();
    Path snapshot = Storage.engineFile(Storage.storiesFolder(dir));
    try (Storage s = open(dir, new ArrayList<>())) {
      s.add(articles.get(0));
      s.commit();
      byte[] first = Files.readAllBytes(snapshot);
      s.add(articles.get(1));
      s.commit();
      assertThat(Files.readAllBytes(snapshot)).as("one placement is not worth 80 MB").isEqualTo(first);
      s.commit();
      assertThat(Files.readAllBytes(snapshot)).isEqualTo(first);
    }
    try (Storage s = open(dir, new ArrayList<>())) {
      assertThat(s.engine().nextSequence()).as("closing wrote the rest").isEqualTo(2);
    }
  }

  @Test
  void aReaderScoresWithTheSnapshotsFrequenciesWithoutReadingTheWindow() throws Exception {
    List<Article> articles = articles();
    try (Storage s = open(dir, new ArrayList<>())) {
      for (Article a : articles) {
        s.add(a);
      }
    }
    try (Storage s = open(dir, new ArrayList<>())) {
      StoryEngine scoring = s.scoring();
      assertThat(scoring.frequencyDocuments()).isEqualTo(articles.size());
      assertThatThrownBy(() -> scoring.place(ArticleFeatures.of(StoryFixtures.football())))
          .isInstanceOf(IllegalStateException.class);
      assertThat(new StoryViews(s).related(StoryFixtures.wire(), 5)).as("fillers are related to nothing").isEmpty();
      assertThat(new StoryViews(s).story("fair-wire")).isPresent();
      assertThat(s.placement().started()).as("reading never loads the window").isFalse();
      s.add(StoryFixtures.football());
      assertThat(s.scoring()).as("once placing, the placing engine scores").isSameAs(s.engine());
    }
  }

  private static Storage open(Path folder, List<String> log) throws Exception {
    return new Storage(LuceneStore.open(folder.resolve("articles")), Storage.storiesFolder(folder), SMALL_WINDOW, log::add);
  }

  /** The fair's wire, a filler, its copy, then fillers enough to move the window past them. */
  private static List<Article> articles() {
    SplittableRandom random = new SplittableRandom(42);
    List<Article> articles = new ArrayList<>();
    articles.add(StoryFixtures.wire());
    articles.add(filler(random, 0));
    articles.add(StoryFixtures.copy());
    for (int i = 1; i < 10; i++) {
      articles.add(filler(random, i));
    }
    return articles;
  }

  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

  /** A text of made-up words, like no other. */
  private static Article filler(SplittableRandom random, int n) {
    List<String> body = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        text.append(w == 0 ? "" : " ");
        for (int k = 0, len = 3 + random.nextInt(4); k < len; k++) {
          text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
      }
      body.add(text.toString());
    }
    return StoryFixtures.article("filler-" + n, "خبر رقم " + n, body, "صحيفة " + n, n % 24, List.of());
  }
}
