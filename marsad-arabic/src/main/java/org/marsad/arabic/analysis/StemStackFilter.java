package org.marsad.arabic.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Emits each token as it is and, when its stem differs, the stem stacked at the same position
 * with the same offsets: a query word then matches every inflected and cliticized form through
 * the stem, while documents with the exact form match twice and rank higher. Keyword tokens
 * (joined compound names) are not stemmed.
 */
public final class StemStackFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final UnaryOperator<String> stemmer;

  /**
   * The stem to emit next, on the attributes the surface token left: nothing else changes
   * between the two, so no state is captured (cloning every attribute per token is costly).
   */
  private @Nullable String pendingStem;

  public StemStackFilter(TokenStream input, UnaryOperator<String> stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      termAtt.setEmpty().append(pendingStem);
      posIncAtt.setPositionIncrement(0);
      pendingStem = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      String term = termAtt.toString();
      String stem = stemmer.apply(term);
      if (!stem.isEmpty() && !stem.equals(term)) {
        pendingStem = stem;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
