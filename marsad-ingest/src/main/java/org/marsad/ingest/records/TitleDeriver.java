package org.marsad.ingest.records;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a title from a body's first sentence, for records that came without one. Thread-safe. */
final class TitleDeriver {
  static final int MAX_WORDS = 15;
  // a full stop only ends a sentence before a space, so "3.5" and "www.x.com" stay whole
  private static final Pattern SENTENCE_END = Pattern.compile("[؟?!]|\\.(?=\\s|$)");
  private static final Pattern TRAILING = Pattern.compile("[\\p{P}\\s]+$");

  /** The first sentence of {@code paragraph}, at most 15 words, without trailing punctuation. */
  String derive(String paragraph) {
    Matcher end = SENTENCE_END.matcher(paragraph);
    String sentence = end.find() ? paragraph.substring(0, end.start()) : paragraph;
    String title = clip(sentence);
    // a paragraph that opens with punctuation would leave nothing: fall back to its first words
    return title.isEmpty() ? fallback(paragraph) : title;
  }

  private static String clip(String sentence) {
    String[] words = sentence.strip().split(" +");
    String clipped = String.join(" ", Arrays.copyOf(words, Math.min(words.length, MAX_WORDS)));
    return TRAILING.matcher(clipped).replaceAll("");
  }

  private static String fallback(String paragraph) {
    String title = clip(paragraph);
    return title.isEmpty() ? paragraph.strip() : title;
  }
}
