package org.marsad.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;
import org.marsad.store.ArticleBrief;
import org.marsad.store.Placement;
import org.marsad.store.codec.ArticleJson;

/**
 * Reads the members of a duplicate group or a story as {@link ArticleBrief}s: a term query sorted
 * on doc values, then the page's few stored fields and placements read in index order.
 */
final class MemberReader {
  /** Earliest first, undated last, then placement order; see {@link #BRIEF_ORDER} for ties. */
  private static final Sort EARLIEST_FIRST;

  static {
    SortField published = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG);
    published.setMissingValue(Long.MAX_VALUE);
    SortField sequence = new SortField(PlacementFields.SEQUENCE, SortField.Type.LONG);
    sequence.setMissingValue(Long.MAX_VALUE);
    EARLIEST_FIRST = new Sort(published, sequence, SortField.FIELD_DOC);
  }

  /**
   * The order the query already sorted in, with ids breaking ties: those only occur between equal
   * sequences, which a store never holds, so the index order used for them in the query cannot
   * choose which members make the limit.
   */
  static final Comparator<ArticleBrief> BRIEF_ORDER =
      Comparator.comparing(ArticleBrief::publishedInstant, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(b -> b.placement() == null ? Long.MAX_VALUE : b.placement().sequence())
          .thenComparing(ArticleBrief::id);

  private static final Set<String> BRIEF_FIELDS = Stream.concat(
          Stream.of(
              ArticleDocuments.ID,
              ArticleDocuments.URL,
              ArticleDocuments.BRIEF_TITLE,
              ArticleDocuments.SOURCE,
              ArticleDocuments.PUBLISHED,
              ArticleDocuments.BODY_LENGTH),
          PublishedFields.NAMES.stream())
      .collect(Collectors.toUnmodifiableSet());

  private MemberReader() {}

  /**
   * @param field {@link PlacementFields#GROUP} or {@link PlacementFields#STORY}
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  static List<ArticleBrief> members(IndexSearcher searcher, String field, String id, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be >= 1, got " + limit);
    }
    IndexReader reader = searcher.getIndexReader();
    // The collector sizes its queue to the hits wanted, so a huge limit must not allocate it.
    int wanted = Math.min(limit, Math.max(1, reader.maxDoc()));
    ScoreDoc[] hits = searcher.search(
        new TermQuery(new Term(field, id)), new TopFieldCollectorManager(EARLIEST_FIRST, wanted, null, wanted)).scoreDocs;
    int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
    List<ArticleBrief> briefs = new ArrayList<>(docs.length);
    List<LeafReaderContext> leaves = reader.leaves();
    StoredFields stored = searcher.storedFields();
    PlacementFields.Leaf placements = null;
    int leafIndex = -1;
    for (int doc : docs) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        placements = new PlacementFields.Leaf(leaves.get(leaf).reader());
      }
      Placement placement = placements.read(doc - leaves.get(leaf).docBase);
      briefs.add(brief(stored, doc, placement));
    }
    briefs.sort(BRIEF_ORDER);
    return briefs;
  }

  private static ArticleBrief brief(StoredFields stored, int doc, @Nullable Placement placement) throws IOException {
    // Only version 3 documents have a placement, so every member has its brief fields.
    Document d = stored.document(doc, BRIEF_FIELDS);
    IndexableField length = d.getField(ArticleDocuments.BODY_LENGTH);
    IndexableField published = d.getField(ArticleDocuments.PUBLISHED);
    return new ArticleBrief(
        d.get(ArticleDocuments.ID),
        d.get(ArticleDocuments.URL),
        Objects.requireNonNullElse(d.get(ArticleDocuments.BRIEF_TITLE), ""),
        d.get(ArticleDocuments.SOURCE),
        published == null ? null : published(stored, doc, d),
        length == null ? 0 : length.numericValue().intValue(),
        placement);
  }

  /**
   * The date as the page gave it; from the article JSON for a document stored before {@link
   * PublishedFields}, which a brief then costs.
   */
  private static @Nullable Published published(StoredFields stored, int doc, Document d) throws IOException {
    Published p = PublishedFields.read(d);
    if (p != null) {
      return p;
    }
    String json = stored.document(doc, Set.of(ArticleDocuments.JSON)).get(ArticleDocuments.JSON);
    return json == null ? null : ArticleJson.fromJson(json).published();
  }
}
