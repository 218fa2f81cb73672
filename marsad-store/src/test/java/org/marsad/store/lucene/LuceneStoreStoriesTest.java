package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.placed;
import static org.marsad.store.lucene.TestArticles.utc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.store.ArticleBrief;
import org.marsad.store.StoryPage;
import org.marsad.store.StoryQuery;
import org.marsad.store.StoryQuery.Order;
import org.marsad.store.StorySummary;

class LuceneStoreStoriesTest {
  @TempDir Path dir;

  @Test
  void membersComeEarliestFirstUndatedLastThenBySequence() throws IOException {
    Article full = new Article(
        "a", "https://example.org/a", "فيضانات البصرة", List.of("الفقرة الأولى.", "الفقرة الثانية."),
        utc(2024, 3, 2, 9, 0, 0), "الجزيرة نت", List.<Credit>of(), List.<String>of(), List.of(), Provenance.of("test", "test"));
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(full, placed("g1", "s1", 5));
      store.upsert(article("b", "أمطار غزيرة", "نص ب", "العربية", utc(2024, 3, 1, 9, 0, 0)), placed("g2", "s1", 7));
      store.count(); // members from two segments
      store.upsert(article("c", "سيول", "نص ج"), placed("g1", "s1", 1));
      store.upsert(article("d", "غرق شوارع", "نص د", "العربية", utc(2024, 3, 1, 9, 0, 0)), placed("g2", "s1", 3));
      store.upsert(article("e", "تحذيرات", "نص هـ"), placed("g3", "s1", 0));
      store.upsert(article("other", "انتخابات", "نص", "العربية", utc(2024, 2, 1, 0, 0, 0)), placed("g4", "s2", 2));

      assertThat(store.storyMembers("s1", 100)).extracting(ArticleBrief::id).containsExactly("d", "b", "a", "e", "c");
      assertThat(store.storyMembers("s1", 2)).extracting(ArticleBrief::id).containsExactly("d", "b");
      assertThat(store.groupMembers("g1", 100)).extracting(ArticleBrief::id).containsExactly("a", "c");
      assertThat(store.groupMembers("g2", Integer.MAX_VALUE)).extracting(ArticleBrief::id).containsExactly("d", "b");
      assertThat(store.groupMembers("nothing", 10)).isEmpty();
      assertThat(store.storyMembers("s1", 100).get(2)).isEqualTo(new ArticleBrief(
          "a", "https://example.org/a", "فيضانات البصرة", "الجزيرة نت", utc(2024, 3, 2, 9, 0, 0),
          full.text().length(), placed("g1", "s1", 5)));
      assertThat(store.groupMembers("g1", 100).get(1)).isEqualTo(
          new ArticleBrief("c", null, "سيول", null, null, 4, placed("g1", "s1", 1)));
      assertThatThrownBy(() -> store.groupMembers("g1", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
      assertThatThrownBy(() -> store.storyMembers("s1", -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
  }

  /** Five stories over three segments; see each story's comment for what it is there to test. */
  private LuceneStore fixture() throws IOException {
    LuceneStore store = LuceneStore.open(dir);
    // A: 4 articles, groups gA1 (twice, over two segments), gA2 and gA3; two sources, one spelled two ways.
    upsert(store, "a1", "الجزيرة نت", utc(2024, 3, 1, 8, 0, 0), "gA1", "A", 0);
    store.count();
    upsert(store, "a2", "الجزيرةنت", utc(2024, 3, 2, 8, 0, 0), "gA1", "A", 1);
    upsert(store, "a3", "العربية", utc(2024, 3, 3, 8, 0, 0), "gA2", "A", 2);
    upsert(store, "a4", "العربية", utc(2024, 3, 4, 12, 0, 0), "gA3", "A", 3);
    // B: the latest, smaller than A.
    upsert(store, "b1", "بي بي سي", utc(2024, 3, 10, 0, 0, 0), "gB1", "B", 4);
    upsert(store, "b2", "بي بي سي", utc(2024, 3, 11, 0, 0, 0), "gB1", "B", 5);
    store.count();
    // C: three articles, two undated, one without a source.
    upsert(store, "c1", "سكاي نيوز", utc(2024, 2, 1, 0, 0, 0), "gC1", "C", 6);
    upsert(store, "c2", null, null, "gC2", "C", 7);
    upsert(store, "c3", "سكاي نيوز", null, "gC3", "C", 8);
    // D, E and F: one article each; E and F, undated, tie on everything but their ids.
    upsert(store, "d1", "العربية", utc(2024, 1, 15, 0, 0, 0), "gD1", "D", 9);
    upsert(store, "f1", "العربية", null, "gF1", "F", 10);
    upsert(store, "e1", "العربية", null, "gE1", "E", 11);
    // Not placed: counted in no story.
    store.upsert(article("x1", "خبر بلا قصة", "نص", "العربية", utc(2024, 3, 5, 0, 0, 0)));
    return store;
  }

  private static void upsert(LuceneStore store, String id, @Nullable String source, @Nullable Published published,
      String group, String story, long sequence) throws IOException {
    store.upsert(article(id, "عنوان " + id, "نص " + id, source, published), placed(group, story, sequence));
  }

  @Test
  void storiesCountArticlesDistinctGroupsAndSourcesAndTheirDates() throws IOException {
    try (LuceneStore store = fixture()) {
      StoryPage page = store.stories(new StoryQuery(null, null, 1, Order.LARGEST, 0, 100));
      assertThat(page.total()).isEqualTo(6);
      assertThat(page.stories()).containsExactly(
          new StorySummary("A", 4, 3, 2, Instant.parse("2024-03-01T08:00:00Z"), Instant.parse("2024-03-04T12:00:00Z")),
          new StorySummary("C", 3, 3, 1, Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")),
          new StorySummary("B", 2, 1, 1, Instant.parse("2024-03-10T00:00:00Z"), Instant.parse("2024-03-11T00:00:00Z")),
          new StorySummary("D", 1, 1, 1, Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2024-01-15T00:00:00Z")),
          new StorySummary("E", 1, 1, 1, null, null),
          new StorySummary("F", 1, 1, 1, null, null));
    }
  }

  @Test
  void latestOrdersByLastArticleUndatedLastThenBySize() throws IOException {
    try (LuceneStore store = fixture()) {
      assertThat(ids(store.stories(new StoryQuery(null, null, 1, Order.LATEST, 0, 100)))).containsExactly("B", "A", "C", "D", "E", "F");
    }
  }

  @Test
  void pagesCountEveryStoryThatPassesTheFilter() throws IOException {
    try (LuceneStore store = fixture()) {
      StoryPage second = store.stories(new StoryQuery(null, null, 1, Order.LARGEST, 1, 2));
      assertThat(second.total()).isEqualTo(6);
      assertThat(ids(second)).containsExactly("C", "B");
      StoryPage beyond = store.stories(new StoryQuery(null, null, 1, Order.LARGEST, 10, 5));
      assertThat(beyond.total()).isEqualTo(6);
      assertThat(beyond.stories()).isEmpty();

      StoryPage large = store.stories(new StoryQuery(null, null, 2, Order.LATEST, 0, 2));
      assertThat(large.total()).isEqualTo(3);
      assertThat(ids(large)).containsExactly("B", "A");
    }
  }

  @Test
  void aDateRangeCountsOnlyItsDatedArticles() throws IOException {
    try (LuceneStore store = fixture()) {
      StoryPage march = store.stories(new StoryQuery(
          Instant.parse("2024-03-02T08:00:00Z"), Instant.parse("2024-03-10T00:00:00Z"), 1, Order.LARGEST, 0, 100));
      assertThat(march.total()).isEqualTo(2);
      assertThat(march.stories()).containsExactly(
          new StorySummary("A", 3, 3, 2, Instant.parse("2024-03-02T08:00:00Z"), Instant.parse("2024-03-04T12:00:00Z")),
          new StorySummary("B", 1, 1, 1, Instant.parse("2024-03-10T00:00:00Z"), Instant.parse("2024-03-10T00:00:00Z")));

      // Open at one end: still no undated articles.
      assertThat(ids(store.stories(new StoryQuery(Instant.parse("2024-03-04T00:00:00Z"), null, 1, Order.LARGEST, 0, 100))))
          .containsExactly("B", "A");
      StoryPage early = store.stories(new StoryQuery(null, Instant.parse("2024-02-01T00:00:00Z"), 1, Order.LARGEST, 0, 100));
      assertThat(early.stories()).containsExactly(
          new StorySummary("C", 1, 1, 1, Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")),
          new StorySummary("D", 1, 1, 1, Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2024-01-15T00:00:00Z")));
      // A bound between milliseconds admits neither neighbour wrongly.
      assertThat(ids(store.stories(new StoryQuery(
          Instant.parse("2024-02-01T00:00:00.000500Z"), Instant.parse("2024-03-01T08:00:00.000500Z"), 1, Order.LARGEST, 0, 100))))
          .containsExactly("A");
      assertThat(store.stories(new StoryQuery(Instant.parse("2030-01-01T00:00:00Z"), null, 1, Order.LARGEST, 0, 10)).total()).isZero();
    }
  }

  @Test
  void anUpdatedPlacementMovesTheArticleBetweenStories() throws IOException {
    try (LuceneStore store = fixture()) {
      upsert(store, "b2", "بي بي سي", utc(2024, 3, 11, 0, 0, 0), "gA9", "A", 5);
      StoryPage page = store.stories(new StoryQuery(null, null, 2, Order.LARGEST, 0, 10));
      assertThat(page.stories()).containsExactly(
          new StorySummary("A", 5, 4, 3, Instant.parse("2024-03-01T08:00:00Z"), Instant.parse("2024-03-11T00:00:00Z")),
          new StorySummary("C", 3, 3, 1, Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")));
    }
  }

  @Test
  void anEmptyStoreHasNoStories() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      StoryPage page = store.stories(new StoryQuery(null, null, 1, Order.LATEST, 0, 10));
      assertThat(page.total()).isZero();
      assertThat(page.stories()).isEmpty();
    }
  }

  private static List<String> ids(StoryPage page) {
    return page.stories().stream().map(StorySummary::storyId).toList();
  }
}
