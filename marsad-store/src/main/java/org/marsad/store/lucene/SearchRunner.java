package org.marsad.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.marsad.model.Article;
import org.marsad.store.Facets;
import org.marsad.store.Highlight;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.codec.ArticleJson;

/**
 * Runs one built query against one searcher: ranking or date order, exact total, paging, highlights,
 * and facets when asked.
 */
final class SearchRunner {
  /** Newest first; undated articles last; index order breaks ties so paging is stable. */
  private static final Sort NEWEST_FIRST;

  static {
    SortField published = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    NEWEST_FIRST = new Sort(published, SortField.FIELD_DOC);
  }

  private SearchRunner() {}

  static SearchResult run(IndexSearcher searcher, Analyzer analyzer, Query query, SearchRequest request)
      throws IOException {
    boolean listing = request.query().isBlank();
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    int wanted = (int) Math.min((long) request.offset() + request.limit(), maxDoc);
    // The total comes from a separate count: counting needs no scores, so the phrase boosts are
    // skipped there, and ranking may then skip non-competitive documents instead of scoring all.
    // Facets replace that count with one pass over every match that counts them too.
    long total;
    Facets facets;
    if (request.wantsFacets()) {
      FacetCollectorManager.Tally tally = searcher.search(query, new FacetCollectorManager(request.facetLimit()));
      total = tally.total();
      facets = tally.facets();
    } else {
      total = searcher.count(query);
      facets = Facets.empty();
    }
    TopDocs top =
        listing
            ? searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, wanted))
            : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
    ScoreDoc[] all = top.scoreDocs;
    ScoreDoc[] page =
        request.offset() >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, request.offset(), all.length);
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<List<Highlight>> highlights =
        listing ? List.of() : new PassageHighlighter(searcher, analyzer).highlight(query, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Article a = ArticleJson.fromJson(stored.document(page[i].doc, Set.of(ArticleDocuments.JSON)).get(ArticleDocuments.JSON));
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(new SearchHit(a.id(), a.title(), a.source(), a.published(), score, listing ? List.of() : highlights.get(i)));
    }
    return new SearchResult(total, hits, facets);
  }
}
