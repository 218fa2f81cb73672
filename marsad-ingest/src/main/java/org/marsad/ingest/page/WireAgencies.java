package org.marsad.ingest.page;

import java.util.List;

/**
 * The page reader's knowledge of news agencies ({@code agency} rows of {@code lexicon.tsv}), for
 * other readers that meet wire credits: one list, so every reader recognises the same agencies.
 * Thread-safe.
 */
public final class WireAgencies {
  private static final CreditLines CREDIT_LINES = new CreditLines(PageLexicon.defaults());

  private WireAgencies() {}

  /** Whether {@code name} is a known agency ("رويترز", "أ ف ب", "AFP"), in any spelling variant. */
  public static boolean isAgency(String name) {
    return PageLexicon.defaults().contains(PageLexicon.Kind.AGENCY, name);
  }

  /**
   * The outlets of a wire-chain line ("فرانس24/ رويترز", "(أ ف ب)"), first to last; empty when the
   * line is not one.
   */
  public static List<String> chain(String line) {
    return CREDIT_LINES.wireChain(PageLine.of(0, line));
  }
}
