package org.marsad.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * Makes a title for an article that has none: the first sentence of its body, cut at a word
 * boundary. Readers record {@link #NOTE} in the article's provenance so users know. Thread-safe.
 */
public final class TitleDeriver {
  public static final String NOTE = "title derived from body";
  private static final int MAX_WORDS = 15;
  private static final int MIN_CLAUSE_WORDS = 5;

  private TitleDeriver() {}

  public static String fromBody(List<String> paragraphs) {
    for (String p : paragraphs) {
      String t = fromText(p);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /**
   * The first sentence of {@code text}; past {@value #MAX_WORDS} words, cut at its last comma
   * within them (a clause reads better than a cut phrase), else after {@value #MAX_WORDS} words.
   */
  public static String fromText(String text) {
    String first = text.strip().split("(?<=[.!؟?])\\s|\\R", 2)[0];
    String[] words = first.strip().split("\\s+");
    int end = Math.min(words.length, MAX_WORDS);
    if (words.length > MAX_WORDS) {
      for (int i = end - 1; i >= MIN_CLAUSE_WORDS - 1; i--) {
        if (words[i].endsWith("،") || words[i].endsWith(",")) {
          end = i + 1;
          break;
        }
      }
    }
    String cut = String.join(" ", Arrays.copyOf(words, end));
    return cut.replaceAll("[\\s.،,:;؛!؟?\\-–—]+$", "").strip();
  }
}
