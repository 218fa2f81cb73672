package org.marsad.arabic.analysis;

import java.io.Reader;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.marsad.arabic.stem.ArabicLightStemmer;

/**
 * Marsad's search analyzer for Arabic news: UAX#29 words with URLs and e-mail addresses whole
 * (hashtag words split at underscores),
 * the Arabic search form, compound names made join-insensitive, then a stemmer whose stems are
 * stacked on the surface forms. Offsets always point into the original text.
 * Thread-safe.
 */
public final class MarsadArabicAnalyzer extends Analyzer {
  private final UnaryOperator<TokenStream> stemmer;

  /** The analyzer with Marsad's light stemmer, stems stacked on the surface forms. */
  public MarsadArabicAnalyzer() {
    this(MarsadArabicAnalyzer::lightStemmer);
  }

  /**
   * The analyzer with another stemming step; it must be stateless across calls since it wraps
   * a new stream for every field. Tokens marked as keywords should be left unstemmed.
   */
  public MarsadArabicAnalyzer(UnaryOperator<TokenStream> stemmer) {
    this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
  }

  /** The stemming step: the only place that knows which stemmer is used by default. */
  public static TokenStream lightStemmer(TokenStream input) {
    return new StemStackFilter(input, ArabicLightStemmer::stem);
  }

  /**
   * Hashtags join words with underscores, which the standard tokenizer keeps as one token; a
   * space of the same length splits them and leaves every offset in place.
   */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new UnderscoreSplitCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    // UAX#29 words like the standard tokenizer, but a URL or an e-mail address stays one token.
    UAX29URLEmailTokenizer source = new UAX29URLEmailTokenizer();
    TokenStream result = new SearchFormFilter(source);
    result = new CompoundNameFilter(result);
    result = stemmer.apply(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Wildcard and fuzzy query terms get the search form too, without stemming.
    return new SearchFormFilter(in);
  }
}
