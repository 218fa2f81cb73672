package org.marsad.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * Makes a title for an article that has none: the first sentence of its body, cut at a word
 * boundary. Readers record {@link #NOTE} in the article's provenance so users know. Thread-safe.
 */
public final class TitleDeriver {
  public static final String NOTE = "title derived from body";
  public static final String NOTE_FROM_URL = "title derived from URL";
  /** A full stop ends a sentence only before a space, so "3.5" and "www.x.com" stay whole. */
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!؟?])\\s|\\R");
  /** Slug words: letters of any script, at least two of them, separated by - _ or +. */
  private static final java.util.regex.Pattern SLUG_SEPARATOR = java.util.regex.Pattern.compile("[-_+]+");
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
   * The headline words of a URL's slug ({@code /node/620227/كيف-تسعف-طفلا.html} gives "كيف تسعف
   * طفلا"), or "" when its last meaningful segment is an id or a single word.
   */
  public static String fromUrl(String url) {
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
    String[] segments = path.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      String segment;
      try {
        segment = java.net.URLDecoder.decode(segments[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        segment = segments[i];
      }
      segment = segment.replaceFirst("\\.(html?|php|aspx?)$", "");
      List<String> words =
          Arrays.stream(SLUG_SEPARATOR.split(segment)).filter(w -> !w.isBlank() && !w.matches("\\d+")).toList();
      if (words.size() >= 2 && words.stream().anyMatch(w -> w.codePoints().anyMatch(Character::isLetter))) {
        return fromText(String.join(" ", words));
      }
    }
    return "";
  }

  /** The host (without www.) and path of a URL, as a last-resort label; "" when it is not a URL. */
  public static String urlLabel(String url) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\\.)?([^/?#]+)([^?#]*)").matcher(url.strip());
    if (!m.find()) {
      return "";
    }
    String path = m.group(2).replaceAll("/+$", "");
    return m.group(1) + path;
  }

  /**
   * The first sentence of {@code text}; past {@value #MAX_WORDS} words, cut at its last comma
   * within them (a clause reads better than a cut phrase), else after {@value #MAX_WORDS} words.
   */
  public static String fromText(String text) {
    // A stray full stop before the text (". قطعت الأمطار…") is no sentence: the first with a letter is.
    String first = "";
    for (String sentence : SENTENCE_END.split(text.strip())) {
      if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
        first = sentence;
        break;
      }
    }
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
    return cut.replaceAll("[\\s.…،,:;؛!؟?\\-–—]+$", "").strip();
  }
}
