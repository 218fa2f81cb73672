package org.marsad.stories.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.arabic.normalize.ArabicNormalizer;

/**
 * The words of an article in search form (ArabicNormalizer#searchKey): maximal runs of letters.
 * Digits, punctuation and marks separate words, so numbers never become words. Bodies are cut
 * after {@link #MAX_BODY_CHARS} so that the cost of one article is bounded. Thread-safe.
 */
public final class ArticleWords {
  /**
   * About 1,400 words: the whole of nearly every news report (the dev set's median is 1,100
   * characters), while a long feature, speech transcript or live blog is cut to its opening,
   * which is also the part that names the event.
   */
  public static final int MAX_BODY_CHARS = 8_000;

  private ArticleWords() {}

  /** The body paragraphs up to {@link #MAX_BODY_CHARS} characters in all, the last one cut. */
  public static List<String> cappedBody(List<String> body) {
    List<String> kept = new ArrayList<>();
    int left = MAX_BODY_CHARS;
    for (String paragraph : body) {
      if (left <= 0) {
        break;
      }
      kept.add(paragraph.length() <= left ? paragraph : paragraph.substring(0, left));
      left -= paragraph.length();
    }
    return kept;
  }

  /** Calls {@code sink} with each search-form word of {@code text}, in order. */
  static void forEachWord(String text, Consumer<String> sink) {
    String key = ArabicNormalizer.searchKey(text);
    int start = -1;
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      boolean letter = Character.isLetter(cp);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        sink.accept(key.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      sink.accept(key.substring(start));
    }
  }

  /** The search-form words of {@code text}. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    forEachWord(text, words::add);
    return words;
  }
}
