package org.marsad.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
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

/**
 * Finds articles by the related keys their placements were indexed under: one term query per
 * key, boosted by its weight, scored by BM25 (so a rare key counts more). Keys held by more than
 * {@link #COMMON_PERCENT}% of the articles are left out: they say little, and walking their long
 * postings made a twentieth of the lookups ten times slower. Stateless.
 */
final class RelatedKeys {
  /** Keys in more than this share of the articles are too common to look up. */
  static final int COMMON_PERCENT = 2;
  /** ...unless they are in fewer than this many, so a small store keeps its keys. */
  static final int COMMON_MIN_DOCS = 100;

  private RelatedKeys() {}

  /** The ids of the best matches, best first; none when no key is worth looking up. */
  static List<String> find(IndexSearcher searcher, Map<String, Float> keys, String excludeId, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be >= 1, got " + limit);
    }
    IndexReader reader = searcher.getIndexReader();
    int common = Math.max(COMMON_MIN_DOCS, (int) ((long) reader.numDocs() * COMMON_PERCENT / 100));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    // sorted, so the same keys make the same query whatever the map's order
    for (Map.Entry<String, Float> k : keys.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Term term = new Term(PlacementFields.RELATED_KEY, k.getKey());
      int df = reader.docFreq(term);
      if (df > 0 && df <= common && clauses < IndexSearcher.getMaxClauseCount() - 1) {
        any.add(new BoostQuery(new TermQuery(term), Math.max(k.getValue(), Float.MIN_NORMAL)), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(any.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(ArticleDocuments.ID, excludeId)), BooleanClause.Occur.MUST_NOT)
        .build();
    return ids(searcher, query, limit);
  }

  /**
   * The ids of the best hits, best first. Read from the placement's doc values, not the stored
   * fields: every document with keys has a placement, and a stored-fields read decompresses a
   * block per hit, most of a lookup's time.
   */
  private static List<String> ids(IndexSearcher searcher, Query query, int limit) throws IOException {
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
