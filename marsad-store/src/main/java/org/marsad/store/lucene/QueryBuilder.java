package org.marsad.store.lucene;

import static org.marsad.store.lucene.ArticleDocuments.BODY;
import static org.marsad.store.lucene.ArticleDocuments.TAGS;
import static org.marsad.store.lucene.ArticleDocuments.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.marsad.store.SearchRequest;

/**
 * Turns a {@link SearchRequest} into a Lucene query without any query syntax, so user text can
 * never cause a parse error. The text is analyzed with the index analyzer; tokens stacked at one
 * position (spelling variants, compound names) form one OR clause. Thread-safe.
 */
final class QueryBuilder {
  static final int MAX_QUERY_CHARS = 1000;
  /**
   * Words beyond this are ignored: every word costs several clauses, and Lucene refuses queries
   * over 1024 clauses. Real queries are a handful of words.
   */
  static final int MAX_POSITIONS = 32;
  /** Stacked variants kept per position, for the same clause budget. */
  static final int MAX_VARIANTS = 4;

  private static final float TITLE_BOOST = 2f;
  private static final float TITLE_PHRASE_BOOST = 10f;
  private static final float BODY_PHRASE_BOOST = 3f;
  private static final float EXACT_TITLE_SCORE = 10_000f;
  private static final float TIE_BREAKER = 0.1f;

  private final Analyzer analyzer;

  QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The whole query: text (or everything when blank) plus non-scoring filters. */
  Query build(SearchRequest request) {
    String text = request.query();
    if (text.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException(
          "query: must be at most " + MAX_QUERY_CHARS + " characters, got " + text.length());
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(text.isBlank() ? new MatchAllDocsQuery() : textQuery(text), Occur.MUST);
    String source = request.source();
    if (source != null && !source.isBlank()) {
      q.add(new TermQuery(new Term(ArticleDocuments.SOURCE_KEY, ArticleDocuments.sourceKey(source))), Occur.FILTER);
    }
    String tag = request.tag();
    if (tag != null && !tag.isBlank()) {
      q.add(new TermQuery(new Term(ArticleDocuments.TAG_KEY, ArticleDocuments.tagKey(tag))), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      q.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, startMillis(request.from()), endMillis(request.to())), Occur.FILTER);
    }
    return q.build();
  }

  Query textQuery(String text) {
    QueryText parsed = QueryText.parse(text);
    int[] budget = {MAX_POSITIONS};
    List<List<String>> words = analyze(parsed.free(), budget);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    boolean any = false;
    if (!words.isEmpty()) {
      q.add(wordsQuery(words), Occur.MUST);
      if (words.size() > 1) {
        // Whole-query phrase boosts put an article whose title is the query above ones that merely share its words.
        q.add(new BoostQuery(phrase(TITLE, words, 2), TITLE_PHRASE_BOOST), Occur.SHOULD);
        q.add(new BoostQuery(phrase(BODY, words, 3), BODY_PHRASE_BOOST), Occur.SHOULD);
      }
      any = true;
    }
    for (String p : parsed.phrases()) {
      List<List<String>> phraseWords = analyze(p, budget);
      if (!phraseWords.isEmpty()) {
        q.add(requiredPhrase(phraseWords), Occur.MUST);
        any = true;
      }
    }
    if (!any) {
      // Text that analyzes to nothing (punctuation only) matches nothing rather than everything.
      return new MatchNoDocsQuery("query has no searchable words");
    }
    // A title that is exactly the query (up to spelling, quotes and punctuation) comes first: a
    // constant score above anything word matches reach, so neither corpus size (idf) nor a body
    // that repeats the words can put a title that merely contains the query above it.
    String titleKey = ArticleDocuments.titleKey(text);
    if (!titleKey.isEmpty()) {
      Query exact = new ConstantScoreQuery(new TermQuery(new Term(ArticleDocuments.TITLE_KEY, titleKey)));
      q.add(new BoostQuery(exact, EXACT_TITLE_SCORE), Occur.SHOULD);
    }
    return q.build();
  }

  private static Query wordsQuery(List<List<String>> words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (List<String> variants : words) {
      b.add(anyField(variants), Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(minimumShouldMatch(words.size()));
    return b.build();
  }

  /** All words for short queries; about 70% for longer ones so one stray word does not empty the results. */
  static int minimumShouldMatch(int positions) {
    return positions <= 2 ? positions : Math.max(2, Math.round(positions * 0.7f));
  }

  private static Query anyField(List<String> variants) {
    return new DisjunctionMaxQuery(
        List.of(new BoostQuery(variants(TITLE, variants), TITLE_BOOST), variants(BODY, variants), variants(TAGS, variants)),
        TIE_BREAKER);
  }

  private static Query variants(String field, List<String> variants) {
    if (variants.size() == 1) {
      return new TermQuery(new Term(field, variants.get(0)));
    }
    // SynonymQuery scores variants as one term, so a word with three spellings does not outweigh others.
    SynonymQuery.Builder b = new SynonymQuery.Builder(field);
    variants.forEach(v -> b.addTerm(new Term(field, v)));
    return b.build();
  }

  private static Query requiredPhrase(List<List<String>> words) {
    if (words.size() == 1) {
      return anyField(words.get(0));
    }
    return new DisjunctionMaxQuery(
        List.of(new BoostQuery(phrase(TITLE, words, 0), TITLE_BOOST), phrase(BODY, words, 0), phrase(TAGS, words, 0)),
        TIE_BREAKER);
  }

  private static Query phrase(String field, List<List<String>> words, int slop) {
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      b.add(words.get(i).stream().map(w -> new Term(field, w)).toArray(Term[]::new), i);
    }
    return b.setSlop(slop).build();
  }

  /** Analyzed tokens grouped by position; consumes the shared position budget. */
  List<List<String>> analyze(String text, int[] budget) {
    List<List<String>> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || positions.isEmpty()) {
          if (budget[0] == 0) {
            break;
          }
          budget[0]--;
          positions.add(new ArrayList<>());
        }
        List<String> variants = positions.get(positions.size() - 1);
        String t = term.toString();
        if (variants.size() < MAX_VARIANTS && !variants.contains(t)) {
          variants.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing an in-memory string cannot fail", e);
    }
    return positions;
  }

  private static long startMillis(@Nullable LocalDate from) {
    return from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static long endMillis(@Nullable LocalDate to) {
    return to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
  }
}
