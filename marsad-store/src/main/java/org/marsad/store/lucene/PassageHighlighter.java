package org.marsad.store.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.marsad.model.Article;
import org.marsad.store.codec.ArticleJson;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.marsad.store.Highlight;

/**
 * Highlights title and body of search hits with {@link HighlightFormatter}. Offsets come from
 * postings (the fields are indexed with offsets), so nothing is re-analyzed. One instance per
 * search; it is cheap to build.
 */
final class PassageHighlighter extends UnifiedHighlighter {
  private static final String[] FIELDS = {ArticleDocuments.TITLE, ArticleDocuments.BODY};
  private static final int[] MAX_PASSAGES = {1, 2};
  /** News bodies are far below this; the default 10,000 would silently miss matches late in long articles. */
  private static final int MAX_LENGTH = 200_000;

  PassageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(MAX_LENGTH)
            // A highlight means the query matched there; passages without matches are not highlights.
            .withMaxNoHighlightPassages(0)
            // Per-term matches give one span per matched word instead of one span per whole phrase.
            .withWeightMatches(false));
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return new HighlightFormatter(field);
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    // A title is one passage; bodies break at sentences, with locale-independent rules.
    return ArticleDocuments.TITLE.equals(field)
        ? new WholeBreakIterator()
        : BreakIterator.getSentenceInstance(Locale.ROOT);
  }

  /**
   * Title and body come from the stored article JSON (see {@link ArticleDocuments#HIGHLIGHTED_TEXT});
   * the body as {@link org.marsad.model.Article#text()}, the exact string that was indexed, so
   * postings offsets point into it.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Article a = ArticleJson.fromJson(stored.document(doc, Set.of(ArticleDocuments.JSON)).get(ArticleDocuments.JSON));
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        row[f] = ArticleDocuments.TITLE.equals(fields[f]) ? a.title() : ArticleDocuments.BODY.equals(fields[f]) ? a.text() : "";
      }
      values.add(row);
    }
    return values;
  }

  /** Highlights per document, in the order of {@code docIds}: title passage first, then body passages. */
  List<List<Highlight>> highlight(Query query, int[] docIds) throws IOException {
    List<List<Highlight>> out = new ArrayList<>(docIds.length);
    if (docIds.length == 0) {
      return out;
    }
    Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, MAX_PASSAGES.clone());
    for (int i = 0; i < docIds.length; i++) {
      List<Highlight> doc = new ArrayList<>();
      for (String field : FIELDS) {
        Object[] values = byField.get(field);
        if (values != null && values[i] instanceof List<?> list) {
          list.forEach(h -> doc.add((Highlight) h));
        }
      }
      out.add(doc);
    }
    return out;
  }
}
