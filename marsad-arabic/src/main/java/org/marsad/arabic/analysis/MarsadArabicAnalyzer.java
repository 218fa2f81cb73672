package org.marsad.arabic.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** STUB: to be replaced. Marsad's search analyzer for Arabic news. Thread-safe. */
public final class MarsadArabicAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    return new TokenStreamComponents(source, result);
  }
}
