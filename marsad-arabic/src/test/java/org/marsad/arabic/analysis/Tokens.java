package org.marsad.arabic.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Lists what an analyzer emits, since Lucene's test framework is not a dependency. */
final class Tokens {
  private Tokens() {}

  /** One emitted token. */
  record Token(String term, int posInc, int start, int end) {
    /** The token without offsets, for comparing streams of different texts. */
    String termAndInc() {
      return term + "/" + posInc;
    }
  }

  static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), posInc.getPositionIncrement(),
            offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return analyze(analyzer, text).stream().map(Token::term).toList();
  }

  static List<String> termsAndIncs(Analyzer analyzer, String text) {
    return analyze(analyzer, text).stream().map(Token::termAndInc).toList();
  }
}
