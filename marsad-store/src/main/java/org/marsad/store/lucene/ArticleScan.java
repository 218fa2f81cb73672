package org.marsad.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.marsad.store.ArticleStore.ArticleVisitor;
import org.marsad.store.codec.ArticleJson;

/**
 * Visits every article a query matches, earliest published first, undated last, index order
 * breaking ties: pages of {@value #PAGE} sorted hits, each next page searched after the last hit
 * of the one before ({@code searchAfter}). One searcher serves the whole visit, so index order is
 * fixed and no article is seen twice or missed. A page is one pass over the matches that skips
 * what cannot compete, and bounds what is held at once whatever the store's size; collecting every
 * match first would hold them all.
 */
final class ArticleScan {
  static final int PAGE = 256;

  private static final Sort EARLIEST_FIRST;

  static {
    SortField published = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG);
    published.setMissingValue(Long.MAX_VALUE);
    EARLIEST_FIRST = new Sort(published, SortField.FIELD_DOC);
  }

  private static final Set<String> JSON_ONLY = Set.of(ArticleDocuments.JSON);

  private ArticleScan() {}

  static void visit(IndexSearcher searcher, Query query, ArticleVisitor visitor) throws IOException {
    StoredFields stored = searcher.storedFields();
    FieldDoc after = null;
    while (true) {
      ScoreDoc[] hits = searcher.search(query, new TopFieldCollectorManager(EARLIEST_FIRST, PAGE, after, PAGE)).scoreDocs;
      for (String json : readInIndexOrder(stored, hits)) {
        visitor.visit(ArticleJson.fromJson(json));
      }
      if (hits.length < PAGE) {
        return;
      }
      after = (FieldDoc) hits[hits.length - 1];
    }
  }

  /**
   * The page's article JSON in the page's order, read in index order: stored fields are compressed
   * in blocks of neighbouring documents, so reading forward decompresses each block once.
   */
  private static String[] readInIndexOrder(StoredFields stored, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
    String[] json = new String[hits.length];
    for (int i : byDoc) {
      json[i] = stored.document(hits[i].doc, JSON_ONLY).get(ArticleDocuments.JSON);
    }
    return json;
  }
}
