package org.marsad.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.marsad.model.Article;

/**
 * Articles sharing an article's most telling words, by Lucene's {@link MoreLikeThis}. The article's
 * own title and body are analyzed afresh (the index stores neither text nor term vectors), so it
 * need not be stored itself. Thread-safe.
 */
final class SimilarArticles {
  static final int MAX_LIMIT = 200;
  /** Enough distinctive words to name a news event without drifting into its background. */
  private static final int MAX_QUERY_TERMS = 25;
  /**
   * A word in no other article cannot find a neighbour. When the article is stored its own copy
   * counts too, so a word shared with one other article passes.
   */
  private static final int MIN_DOC_FREQ = 2;
  /**
   * Beyond the stop words, a large store has its own common words (قال، العراق، اليوم), frequent
   * enough in long bodies to outweigh their low idf: words in more than a fifth of the articles say
   * little about the topic. Small stores keep them, or a handful of articles would lose every
   * shared word.
   */
  private static final int COMMON_WORD_PERCENT = 20;
  private static final int COMMON_WORD_MIN_DOCS = 50;

  private final Analyzer analyzer;
  /** The store's terms for Lucene's Arabic stop words. */
  private final Set<String> stopTerms;

  /** @param analyzer the store's analyzer, which the title and body fields were indexed with */
  SimilarArticles(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.stopTerms = stopTerms(analyzer);
  }

  /**
   * The store's analyzer keeps function words (في، من، على، أن), which would link every article to
   * every other. MoreLikeThis drops stop words by their indexed terms, so Lucene's Arabic stop list
   * is analyzed the same way first: its search forms and stacked stems.
   */
  private static Set<String> stopTerms(Analyzer analyzer) {
    Set<String> terms = new HashSet<>();
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      String text = word instanceof char[] chars ? new String(chars) : word.toString();
      try (TokenStream ts = analyzer.tokenStream(ArticleDocuments.BODY, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(term.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analyzing a string cannot fail", e);
      }
    }
    return Set.copyOf(terms);
  }

  /**
   * Thread-safe: each call builds its own {@link MoreLikeThis}.
   *
   * @throws IllegalArgumentException if {@code limit} is outside [1, {@value #MAX_LIMIT}]
   */
  List<String> find(IndexSearcher searcher, Article article, int limit) throws IOException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be in [1, " + MAX_LIMIT + "], got " + limit);
    }
    IndexReader reader = searcher.getIndexReader();
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {ArticleDocuments.TITLE, ArticleDocuments.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    mlt.setStopWords(stopTerms);
    int docs = reader.numDocs();
    mlt.setMaxDocFreq(Math.max(COMMON_WORD_MIN_DOCS, (int) ((long) docs * COMMON_WORD_PERCENT / 100)));
    // One term budget shared by title and body, unlike like(field, Reader) per field: the best 25
    // words of the article, wherever they occur, each matched in the field it came from.
    Map<String, Collection<Object>> text = Map.of(
        ArticleDocuments.TITLE, List.of(article.title()),
        ArticleDocuments.BODY, List.of(article.text()));
    Query like = mlt.like(text);
    Query query = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(ArticleDocuments.ID, article.id())), BooleanClause.Occur.MUST_NOT)
        .build();
    ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      ids.add(stored.document(hit.doc, Set.of(ArticleDocuments.ID)).get(ArticleDocuments.ID));
    }
    return ids;
  }
}
