package org.marsad.stories.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

/**
 * The stem vector of an article's lead: the opening {@link #LEAD_CHARS} characters of its body,
 * counted as {@link StoryTerms} counts a body. A news report tells its event first (the inverted
 * pyramid) and lets background, quotes and other news follow, so the lead is the part two reports
 * of one event share most; it is also all that a truncated copy keeps. Thread-safe.
 */
public final class LeadTerms {
  /**
   * Two or three sentences, some 50 words that are not stop words: the lead paragraph of a wire
   * report. A longer lead dilutes the event with its background.
   */
  static final int LEAD_CHARS = 400;

  private LeadTerms() {}

  /** The vector of the body's lead; empty for an empty body. */
  public static TermVector of(List<String> body) {
    Objects.requireNonNull(body, "body");
    return StoryTerms.of("", lead(body));
  }

  /** The paragraphs up to {@link #LEAD_CHARS} characters in all, the last one cut after a whole word. */
  static List<String> lead(List<String> body) {
    List<String> lead = new ArrayList<>();
    int left = LEAD_CHARS;
    for (String paragraph : body) {
      if (left <= 0) {
        break;
      }
      if (paragraph.length() <= left) {
        lead.add(paragraph);
      } else {
        lead.add(wholeWords(paragraph, left));
      }
      left -= paragraph.length();
    }
    return lead;
  }

  /** The longest prefix of at most {@code max} characters that does not end inside a word. */
  private static String wholeWords(String paragraph, int max) {
    int end = max;
    while (end > 0 && !Character.isWhitespace(paragraph.charAt(end))) {
      end--;
    }
    return paragraph.substring(0, end);
  }
}
