package org.marsad.arabic.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.arabic.normalize.AlignedText;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * Replaces each token's text by its {@link ArabicNormalizer#search search form}. Offsets are left
 * alone so highlights land on the original text, and the char alignment is kept in a {@link
 * SearchFormOffsetsAttribute} for filters that cut terms; tokens that normalize to nothing (a
 * lone tatweel or haraka) are dropped and their position is carried to the next token.
 */
public final class SearchFormFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final SearchFormOffsetsAttribute offsetsAtt = addAttribute(SearchFormOffsetsAttribute.class);

  public SearchFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      AlignedText normalized = ArabicNormalizer.search(termAtt.toString());
      String text = normalized.text();
      if (!text.isEmpty()) {
        termAtt.setEmpty().append(text);
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
          offsets[i] = normalized.originalOffset(i);
        }
        offsetsAtt.setRelativeOffsets(offsets);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        return true;
      }
      skipped += posIncAtt.getPositionIncrement();
    }
    return false;
  }
}
