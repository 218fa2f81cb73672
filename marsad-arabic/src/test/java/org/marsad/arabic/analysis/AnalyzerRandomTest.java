package org.marsad.arabic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.marsad.arabic.analysis.Tokens.Token;

class AnalyzerRandomTest {
  private static final MarsadArabicAnalyzer ANALYZER = new MarsadArabicAnalyzer();

  @AfterContainer
  static void close() {
    ANALYZER.close();
  }

  /** Words built from compound prefixes, Arabic fragments, marks, controls and junk. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(
        "عبد", "أبو", "ابي", "عبدال", "ابوظ", "الله", "يان", "ظبي", "ـ", "\u064E", "\u0651", " ",
        "  ", "\n", "\u200F", "\uFEFB", "\uFDF2", "٢٠", "،", "x", "Q", "\uD800", "\uDC00", "😀", "é");
    Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(3);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, pieces), net.jqwik.api.Tuple.of(1, junk))
        .list().ofMaxSize(25).map(parts -> String.join("", parts));
  }

  @Property(tries = 1500)
  void neverThrowsAndOffsetsAreSane(@ForAll("texts") String text) {
    List<Token> tokens = Tokens.analyze(ANALYZER, text);
    int lastStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.term()).isNotEmpty();
      assertThat(t.start()).isBetween(lastStart, t.end());
      assertThat(t.end()).isLessThanOrEqualTo(text.length());
      assertThat(t.posInc()).isGreaterThanOrEqualTo(i == 0 ? 1 : 0);
      lastStart = t.start();
    }
    // The reused stream must not leak state (pending or look-ahead tokens) between texts.
    Tokens.analyze(ANALYZER, "عبد");
    assertThat(Tokens.analyze(ANALYZER, text)).isEqualTo(tokens);
  }
}
