package org.marsad.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.analysis.MarsadArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.store.ArticleBrief;
import org.marsad.store.ArticleStore;
import org.marsad.store.Placement;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SourceSummary;
import org.marsad.store.StoreStats;
import org.marsad.store.StoryPage;
import org.marsad.store.StoryQuery;
import org.marsad.store.UpsertResult;
import org.marsad.store.codec.ArticleJson;

/**
 * The embedded article store: one Lucene index in one folder.
 *
 * <p>Thread-safe. Upserts are serialized on one lock (each must see the previous one to be
 * idempotent); searches, lookups, counts and stats run concurrently with each other and with
 * upserts on near-real-time readers, and see every upsert that returned before they started.
 * Only one process may open a folder at a time.
 *
 * <p>Idempotence without a reader refresh per upsert: an upsert compares the article's content
 * hash with the one in a small map of ids written since the last refresh, or else with the
 * stored hash in the current reader. The map is cleared whenever the store refreshes its reader
 * after {@value #REFRESH_AFTER_WRITES} writes, so memory stays bounded however large the store.
 *
 * <p>Durability: what {@link #commit()} returned from survives a crash; later upserts may be
 * lost but Lucene never leaves the index corrupt. A placement lives in its article's document, so
 * the two are committed, or lost, together.
 */
public final class LuceneStore implements ArticleStore {
  /** Writes remembered before the reader is refreshed; bounds both memory and refresh cost. */
  static final int REFRESH_AFTER_WRITES = 10_000;
  /** Large enough for few, big segments during ingest; small enough for a 512 MB heap. */
  private static final double RAM_BUFFER_MB = 48;

  private final Path folder;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryBuilder queries;
  private final SimilarArticles similarArticles;
  private final Object writeLock = new Object();
  /** Id to content hash of articles written since the last refresh; guarded by {@link #writeLock}. */
  private final Map<String, String> recentHashes = new HashMap<>();
  private boolean closed;

  private LuceneStore(Path folder, Directory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers) {
    this.folder = folder;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.queries = new QueryBuilder(analyzer);
    this.similarArticles = new SimilarArticles(analyzer);
  }

  /**
   * Opens the store in {@code dir}, creating the folder and an empty index if needed.
   *
   * @throws IOException if the folder cannot be created or read, or another process has it open
   */
  public static LuceneStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    Analyzer analyzer = new MarsadArabicAnalyzer();
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(RAM_BUFFER_MB)
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      SearcherManager searchers = new SearcherManager(writer, null);
      return new LuceneStore(dir, directory, analyzer, writer, searchers);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory, analyzer);
      throw new IOException("store folder " + dir + " is locked: another running process has it open", e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, directory, analyzer);
      throw e;
    }
  }

  /** The folder this store lives in. */
  public Path folder() {
    return folder;
  }

  @Override
  public Optional<Placement> placement(String id) throws IOException {
    return read(searcher -> {
      int doc = IdLookup.docOf(searcher.getIndexReader(), id);
      if (doc < 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(PlacementFields.read(searcher.getIndexReader(), doc));
    });
  }

  @Override
  public Map<String, Placement> placements(List<String> ids) throws IOException {
    return read(searcher -> {
      Map<String, Placement> found = new HashMap<>();
      for (String id : ids) {
        int doc = IdLookup.docOf(searcher.getIndexReader(), id);
        Placement p = doc < 0 ? null : PlacementFields.read(searcher.getIndexReader(), doc);
        if (p != null) {
          found.put(id, p);
        }
      }
      return found;
    });
  }

  @Override
  public Optional<Placement> placementAsLastSeen(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      int doc = IdLookup.docOf(searcher.getIndexReader(), id);
      return doc < 0 ? Optional.empty() : Optional.ofNullable(PlacementFields.read(searcher.getIndexReader(), doc));
    } finally {
      searchers.release(searcher);
    }
  }

  /** @throws IllegalArgumentException if {@code limit} is below 1 */
  @Override
  public List<ArticleBrief> groupMembers(String groupId, int limit) throws IOException {
    return read(searcher -> MemberReader.members(searcher, PlacementFields.GROUP, groupId, limit));
  }

  /** @throws IllegalArgumentException if {@code limit} is below 1 */
  @Override
  public List<ArticleBrief> storyMembers(String storyId, int limit) throws IOException {
    return read(searcher -> MemberReader.members(searcher, PlacementFields.STORY, storyId, limit));
  }

  @Override
  public StoryPage stories(StoryQuery query) throws IOException {
    return read(searcher -> StoryCounter.page(searcher, query));
  }

  /**
   * Candidates by {@link SimilarArticles}; the article need not be stored.
   *
   * @throws IllegalArgumentException if {@code limit} is outside [1, 200]
   */
  @Override
  public List<String> similar(Article article, int limit) throws IOException {
    return read(searcher -> similarArticles.find(searcher, article, limit));
  }

  @Override
  public List<String> relatedByKeys(Map<String, Float> keys, String excludeId, int limit) throws IOException {
    return read(searcher -> RelatedKeys.find(searcher, keys, excludeId, limit));
  }

  /** Holds one reader for the whole visit, so a concurrent upsert is either seen or not, never half. */
  @Override
  public void forEachPlacement(long fromSequence, PlacementVisitor visitor) throws IOException {
    read(searcher -> {
      PlacementScan.visit(searcher.getIndexReader(), fromSequence, visitor);
      return true;
    });
  }

  @Override
  public long lastPlacementSequence() throws IOException {
    return read(searcher -> PlacementScan.lastSequence(searcher.getIndexReader()));
  }

  @Override
  public UpsertResult upsert(Article article, @Nullable Placement placement) throws IOException {
    String json = ArticleJson.toJson(article);
    String hash = ArticleDocuments.hash(json, placement);
    synchronized (writeLock) {
      String previous = recentHashes.containsKey(article.id()) ? recentHashes.get(article.id()) : storedHash(article.id());
      if (hash.equals(previous)) {
        return UpsertResult.UNCHANGED;
      }
      // updateDocument even when new: harmless, and repairs a store that somehow holds a duplicate.
      writer.updateDocument(new Term(ArticleDocuments.ID, article.id()), ArticleDocuments.toDocument(article, json, hash, placement));
      recentHashes.put(article.id(), hash);
      if (recentHashes.size() >= REFRESH_AFTER_WRITES) {
        searchers.maybeRefreshBlocking();
        recentHashes.clear();
      }
      return previous == null ? UpsertResult.CREATED : UpsertResult.UPDATED;
    }
  }

  /** The hash stored for {@code id} in the current reader, which holds everything before the map. */
  private @Nullable String storedHash(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      int doc = IdLookup.docOf(searcher.getIndexReader(), id);
      return doc < 0 ? null : searcher.storedFields().document(doc, Set.of(ArticleDocuments.HASH)).get(ArticleDocuments.HASH);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    return read(searcher -> {
      int doc = IdLookup.docOf(searcher.getIndexReader(), id);
      if (doc < 0) {
        return Optional.empty();
      }
      String json = searcher.storedFields().document(doc, Set.of(ArticleDocuments.JSON)).get(ArticleDocuments.JSON);
      return Optional.of(ArticleJson.fromJson(json));
    });
  }

  /**
   * Blank text lists articles newest first. Otherwise words are matched in title (boosted), body
   * or tags, all of them up to two words and about 70% beyond; the whole text as a phrase in title
   * or body ranks higher; {@code "..."} phrases are required. Filters never change scores. Facets,
   * when asked, count every match: they cost one pass over the matches instead of a count.
   *
   * @throws IllegalArgumentException if the query is longer than 1,000 characters
   */
  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    Query query = queries.build(request);
    return read(searcher -> SearchRunner.run(searcher, analyzer, query, request));
  }

  /**
   * Pages through the matches with {@link ArticleScan} on one reader held for the whole visit, so a
   * concurrent upsert is either seen or not, and the order is fixed.
   *
   * @throws IllegalArgumentException if the filter's query is longer than 1,000 characters
   */
  @Override
  public void forEachArticle(@Nullable SearchRequest filter, ArticleVisitor visitor) throws IOException {
    Query query = filter == null ? new MatchAllDocsQuery() : queries.build(filter);
    read(searcher -> {
      ArticleScan.visit(searcher, query, visitor);
      return true;
    });
  }

  @Override
  public long count() throws IOException {
    return read(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public StoreStats stats() throws IOException {
    return read(searcher -> StatsReader.read(searcher.getIndexReader()));
  }

  /** @throws IllegalArgumentException if {@code limit} is below 1 */
  @Override
  public List<SourceSummary> sources(int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be >= 1, got " + limit);
    }
    return read(searcher -> StatsReader.sources(searcher.getIndexReader(), limit));
  }

  /** Work on a searcher that sees every upsert returned so far. */
  private interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T read(Read<T> work) throws IOException {
    IndexSearcher searcher = freshSearcher();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** A searcher that sees every upsert returned so far; release it to {@link #searchers}. */
  private IndexSearcher freshSearcher() throws IOException {
    searchers.maybeRefreshBlocking();
    return searchers.acquire();
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /** Commits, then releases the folder. Closing twice does nothing. */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        writer.commit();
      } finally {
        IOUtils.close(searchers, writer, directory, analyzer);
      }
    }
  }

  /**
   * Closes without committing, as a crash would: everything since the last commit is dropped.
   * For tests of crash safety.
   */
  void abandon() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        writer.rollback();
      } finally {
        IOUtils.close(searchers, directory, analyzer);
      }
    }
  }
}
