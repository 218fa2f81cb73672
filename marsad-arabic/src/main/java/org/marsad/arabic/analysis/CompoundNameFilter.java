package org.marsad.arabic.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Makes joined and split compound names index identically. Both "عبد اللهيان" and "عبداللهيان"
 * become: {@code عبد} at position p, then {@code عبداللهيان} (keyword) and {@code اللهيان}
 * stacked at p+1; likewise "أبو ظبي" and "ابوظبي". The joined token comes first at its position
 * because Lucene needs start offsets that never decrease, and it starts where the prefix starts.
 * Expects search-form input.
 */
public final class CompoundNameFilter extends TokenFilter {
  /** عبد، ابو، ابي in search form. */
  static final List<String> PREFIXES = List.of("\u0639\u0628\u062F", "\u0627\u0628\u0648", "\u0627\u0628\u064A");

  /** A joined عبد only splits before the article: عبدالله، عبدالرحمن, not عبدة or عبدين. */
  private static final String ABD_AL = "\u0639\u0628\u062F\u0627\u0644";

  /** Words that look like ابو + name but are not names: أبواب (doors) and its suffixed forms. */
  private static final String ABWAB = "\u0627\u0628\u0648\u0627\u0628";

  private static final int PREFIX_LENGTH = 3;
  private static final int MIN_REMAINDER = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final SearchFormOffsetsAttribute alignAtt = addAttribute(SearchFormOffsetsAttribute.class);

  /** Tokens already built, emitted before anything else is read. */
  private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();
  /** A token read ahead of time that still has to go through the rules. */
  private AttributeSource.@Nullable State lookahead;
  /** Set once the input said it has no more tokens: it must not be asked again. */
  private boolean exhausted;

  public CompoundNameFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (!nextToken()) {
      return false;
    }
    String term = termAtt.toString();
    if (PREFIXES.contains(term)) {
      joinWithNext(term);
    } else if (splitPoint(term) > 0) {
      split(term);
    }
    return true;
  }

  private boolean nextToken() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
      return true;
    }
    return readInput();
  }

  private boolean readInput() throws IOException {
    if (exhausted) {
      return false;
    }
    exhausted = !input.incrementToken();
    return !exhausted;
  }

  /** Current token is a prefix: read the next one and stack the joined form on it. */
  private void joinWithNext(String prefix) throws IOException {
    AttributeSource.State prefixState = captureState();
    int start = offsetAtt.startOffset();
    if (!readInput()) {
      restoreState(prefixState);
      return;
    }
    String next = termAtt.toString();
    if (posIncAtt.getPositionIncrement() == 1 && Character.isLetter(next.codePointAt(0))) {
      int end = offsetAtt.endOffset();
      posIncAtt.setPositionIncrement(0);
      lookahead = captureState();
      termAtt.setEmpty().append(prefix).append(next);
      offsetAtt.setOffset(start, end);
      posIncAtt.setPositionIncrement(1);
      keywordAtt.setKeyword(true);
      pending.add(captureState());
    } else {
      lookahead = captureState();
    }
    restoreState(prefixState);
  }

  /** Current token is a joined compound: emit prefix, then joined and remainder stacked. */
  private void split(String term) {
    int start = offsetAtt.startOffset();
    int end = offsetAtt.endOffset();
    int cut = cutOffset(term, start, end);
    AttributeSource.State whole = captureState();

    keywordAtt.setKeyword(true);
    posIncAtt.setPositionIncrement(1);
    pending.add(captureState());

    restoreState(whole);
    termAtt.setEmpty().append(term, PREFIX_LENGTH, term.length());
    offsetAtt.setOffset(cut, end);
    posIncAtt.setPositionIncrement(0);
    pending.add(captureState());

    restoreState(whole);
    termAtt.setLength(PREFIX_LENGTH);
    offsetAtt.setOffset(start, cut == start ? end : cut);
  }

  /**
   * The original offset where the prefix ends: from the search-form alignment when there is
   * one, else exact only if the original had one char per normalized char, else the start
   * (prefix and remainder then both cover the whole token).
   */
  private int cutOffset(String term, int start, int end) {
    int relative = alignAtt.relativeOffset(PREFIX_LENGTH, term.length());
    if (relative >= 0 && start + relative <= end) {
      return start + relative;
    }
    return end - start == term.length() ? start + PREFIX_LENGTH : start;
  }

  /** Where a joined compound splits into prefix and name, or 0 when it is not one. */
  static int splitPoint(String term) {
    if (term.length() < PREFIX_LENGTH + MIN_REMAINDER || term.startsWith(ABWAB)) {
      return 0;
    }
    if (term.startsWith(ABD_AL)) {
      return PREFIX_LENGTH;
    }
    String head = term.substring(0, PREFIX_LENGTH);
    boolean abu = PREFIXES.contains(head) && !head.equals(PREFIXES.get(0));
    return abu && Character.isLetter(term.codePointAt(PREFIX_LENGTH)) ? PREFIX_LENGTH : 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    lookahead = null;
    exhausted = false;
  }
}
