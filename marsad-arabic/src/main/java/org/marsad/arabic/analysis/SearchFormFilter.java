package org.marsad.arabic.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Replaces each token's text by its {@link ArabicNormalizer#search search form}. Offsets are left
 * alone so highlights land on the original text; tokens that normalize to nothing (a lone tatweel
 * or haraka) are dropped and their position is carried to the next token.
 */
public final class SearchFormFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  public SearchFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      String normalized = ArabicNormalizer.searchKey(termAtt.toString());
      if (!normalized.isEmpty()) {
        termAtt.setEmpty().append(normalized);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        return true;
      }
      skipped += posIncAtt.getPositionIncrement();
    }
    return false;
  }
}
