package org.marsad.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles by the related keys their placements were indexed under: one term query per
 * key, boosted by its weight, scored by BM25 (so a rare key counts more). Stateless.
 */
final class RelatedKeys {
  private RelatedKeys() {}

  /** The query, or null when there is no key to look for. */
  static @Nullable Query query(Map<String, Float> keys, String excludeId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be >= 1, got " + limit);
    }
    if (keys.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    // sorted, so the same keys make the same query whatever the map's order
    keys.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(IndexSearcher.getMaxClauseCount() - 1)
        .forEach(k -> any.add(new BoostQuery(new TermQuery(new Term(PlacementFields.RELATED_KEY, k.getKey())),
            Math.max(k.getValue(), Float.MIN_NORMAL)), BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(any.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(ArticleDocuments.ID, excludeId)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * The ids of the best hits, best first. Read from the placement's doc values, not the stored
   * fields: every document with keys has a placement, and a stored-fields read decompresses a
   * block per hit, most of a lookup's time.
   */
  static List<String> ids(IndexSearcher searcher, Query query, int limit) throws IOException {
    ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc)); // doc values read forward
    String[] ids = new String[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    PlacementFields.Leaf leaf = null;
    int leafIndex = -1;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      int index = ReaderUtil.subIndex(doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = new PlacementFields.Leaf(leaves.get(index).reader());
      }
      ids[i] = leaf.articleId(doc - leaves.get(index).docBase);
    }
    List<String> found = new ArrayList<>(hits.length);
    for (String id : ids) {
      if (id != null) {
        found.add(id);
      }
    }
    return found;
  }
}
