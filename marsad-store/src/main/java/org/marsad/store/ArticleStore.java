package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;

/**
 * Where articles live. Upserts are idempotent by {@link Article#id()}: storing the same article
 * twice leaves one copy and reports {@link UpsertResult#UNCHANGED}. What {@link #commit()} returned
 * from survives a crash or a kill. Implementations are thread-safe.
 */
public interface ArticleStore extends Closeable {

  UpsertResult upsert(Article article) throws IOException;

  Optional<Article> find(String id) throws IOException;

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
