package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;

/**
 * Where articles live. Upserts are idempotent by {@link Article#id()}: storing the same article
 * twice leaves one copy and reports {@link UpsertResult#UNCHANGED}. What {@link #commit()} returned
 * from survives a crash or a kill. Implementations are thread-safe.
 */
public interface ArticleStore extends Closeable {

  /** Stores the article without a placement (or drops the one it had). */
  default UpsertResult upsert(Article article) throws IOException {
    return upsert(article, null);
  }

  /**
   * Stores the article with where the stories engine put it. A different placement for the same
   * article is an update; the same article and placement are {@link UpsertResult#UNCHANGED}.
   */
  UpsertResult upsert(Article article, @Nullable Placement placement) throws IOException;

  /** The placement stored with the article, empty when the article or its placement is unknown. */
  Optional<Placement> placement(String id) throws IOException;

  /**
   * The placements of several articles, read at once: by id, for those stored with one.
   */
  Map<String, Placement> placements(List<String> ids) throws IOException;

  /**
   * As {@link #placement}, but as the store's reader last saw it, without making the store see
   * its latest writes first: cheap enough to ask for every article while ingesting, and may
   * miss an article written since the reader was last refreshed.
   */
  Optional<Placement> placementAsLastSeen(String id) throws IOException;

  /**
   * Articles of the duplicate group, earliest published first (undated last), then by placement
   * sequence; at most {@code limit}.
   */
  List<ArticleBrief> groupMembers(String groupId, int limit) throws IOException;

  /** Articles of the story, ordered as {@link #groupMembers}; at most {@code limit}. */
  List<ArticleBrief> storyMembers(String storyId, int limit) throws IOException;

  /** Stories counted over the articles the query's dates admit. */
  StoryPage stories(StoryQuery query) throws IOException;

  /**
   * Ids of stored articles most like {@code article} in words (title and body), best first,
   * without the article itself; candidates for related reads, to be ranked by the caller.
   */
  List<String> similar(Article article, int limit) throws IOException;

  /**
   * Ids of stored articles indexed under the most of the given related keys ({@link
   * Placement#relatedKeys}), each key counting by its weight and its rarity; best first, without
   * {@code excludeId}; at most {@code limit}. No text is analysed: cheap enough for every page view.
   */
  List<String> relatedByKeys(Map<String, Float> keys, String excludeId, int limit) throws IOException;

  /** Receives each stored placement; see {@link #forEachPlacement}. */
  interface PlacementVisitor {
    void visit(String id, Placement placement) throws IOException;
  }

  /**
   * Every stored placement, in ascending {@link Placement#sequence()}: how the stories engine
   * rebuilds its memory when it starts. Articles stored without a placement are skipped.
   */
  default void forEachPlacement(PlacementVisitor visitor) throws IOException {
    forEachPlacement(0, visitor);
  }

  /**
   * The stored placements whose sequence is at least {@code fromSequence}, in ascending sequence:
   * what the stories engine reads back of a window, or of what its snapshot missed.
   */
  void forEachPlacement(long fromSequence, PlacementVisitor visitor) throws IOException;

  /** The highest sequence of a stored placement, or -1 when none is stored. */
  long lastPlacementSequence() throws IOException;

  Optional<Article> find(String id) throws IOException;

  /** Receives each article of {@link #forEachArticle}. */
  interface ArticleVisitor {
    void visit(Article article) throws IOException;
  }

  /**
   * Every stored article the filter matches, or every stored article when it is null, one at a
   * time: earliest published first, undated last, ties in an order fixed for the visit. The filter's
   * query text, source, tag and dates select as in {@link #search}; its offset, limit and facets
   * are ignored. Memory stays bounded however many articles match, so this is how exports read.
   *
   *
   * @throws IllegalArgumentException if the filter's query is too long for {@link #search}
   */
  void forEachArticle(@Nullable SearchRequest filter, ArticleVisitor visitor) throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  /** Number of articles visible to searches (everything upserted so far, committed or not). */
  long count() throws IOException;

  StoreStats stats() throws IOException;

  /**
   * Sources with their article counts and publication range, most articles first, ties by name.
   *
   * @param limit sources to return at most, >= 1
   */
  List<SourceSummary> sources(int limit) throws IOException;

  /** Makes everything upserted so far durable. */
  void commit() throws IOException;
}
