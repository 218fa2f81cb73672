package org.marsad.store.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.marsad.model.Span;
import org.marsad.store.Highlight;

/**
 * Formats passages as {@link Highlight}s instead of HTML: the passage is cut from the stored
 * original text, so diacritics and spelling stay as published, and match offsets become spans
 * relative to the passage. Returns a {@code List<Highlight>}. Thread-safe (stateless).
 */
final class HighlightFormatter extends PassageFormatter {
  private final String field;

  HighlightFormatter(String field) {
    this.field = field;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    List<Highlight> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      int start = p.getStartOffset();
      int end = p.getEndOffset();
      // Sentence passages carry the paragraph break after them; trim it so text is clean to show.
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      out.add(new Highlight(field, content.substring(start, end), spans(p, start, end)));
    }
    return out;
  }

  /** Match spans clipped to the passage, sorted, overlapping ones merged (stacked tokens overlap). */
  private static List<Span> spans(Passage p, int start, int end) {
    List<int[]> raw = new ArrayList<>();
    for (int i = 0; i < p.getNumMatches(); i++) {
      int s = Math.max(start, p.getMatchStarts()[i]);
      int e = Math.min(end, p.getMatchEnds()[i]);
      if (s < e) {
        raw.add(new int[] {s - start, e - start});
      }
    }
    raw.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
    List<Span> merged = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    for (int[] r : raw) {
      if (curStart >= 0 && r[0] < curEnd) {
        curEnd = Math.max(curEnd, r[1]);
        continue;
      }
      if (curStart >= 0) {
        merged.add(new Span(curStart, curEnd));
      }
      curStart = r[0];
      curEnd = r[1];
    }
    if (curStart >= 0) {
      merged.add(new Span(curStart, curEnd));
    }
    return merged;
  }
}
