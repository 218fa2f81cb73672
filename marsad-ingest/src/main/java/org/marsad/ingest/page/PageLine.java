package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a page with its words and their search keys.
 *
 * @param number 1-based line number in the page, for diagnostics
 * @param text the line as published (after encoding repair), trimmed
 * @param words the whitespace-separated words of {@code text}
 * @param keys the search key of each word ({@link PageLexicon#key})
 * @param starts the offset of each word in {@code text}
 */
record PageLine(int number, String text, List<String> words, List<String> keys, int[] starts) {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SENTENCE_STOP = Pattern.compile("(?<!\\.)\\.(?!\\.)(\\s|$)");
  private static final int TICKER_WORDS = 40;

  static PageLine of(int number, String text) {
    String trimmed = text.strip();
    List<String> words = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = WORD.matcher(trimmed);
    while (m.find()) {
      words.add(m.group());
      keys.add(PageLexicon.key(m.group()));
      starts.add(m.start());
    }
    return new PageLine(
        number, trimmed, List.copyOf(words), List.copyOf(keys), starts.stream().mapToInt(Integer::intValue).toArray());
  }

  int wordCount() {
    return words.size();
  }

  boolean isBlank() {
    return words.isEmpty();
  }

  /** The text from word {@code index} on (the whole line's tail), or "" past the end. */
  String textFromWord(int index) {
    return index >= words.size() ? "" : text.substring(starts[index]);
  }

  /** The text of words {@code [from, to)}. */
  String textOfWords(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(starts[from], starts[to - 1] + words.get(to - 1).length());
  }

  /** Whether this line reads like a paragraph of running text rather than a headline or a label. */
  boolean isParagraphLike() {
    int n = wordCount();
    return n >= 20 || (n >= 10 && text.matches("(?s).*[.!؟?:\"”»)]$"));
  }

  /**
   * Whether this line is a ticker: many headlines run together without a sentence's punctuation,
   * as site headers print them. Running text of this length always has a comma or a full stop.
   */
  boolean isTickerLike() {
    return wordCount() >= TICKER_WORDS && !text.contains("،") && !text.contains(",") && !SENTENCE_STOP.matcher(text).find();
  }

  /**
   * Whether this line could be a headline: a few words, not a label ending in ":", not a sentence
   * ending in a full stop (headlines end without one; an ellipsis is fine).
   */
  boolean isHeadlineLike() {
    int n = wordCount();
    boolean sentence = text.endsWith(".") && !text.endsWith("..");
    return n >= 2 && n <= 30 && text.length() <= 250 && !text.endsWith(":") && !sentence;
  }
}
