package org.marsad.eval.dates;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.records.Text;
import org.marsad.model.Span;

/**
 * Maps offsets in a record's raw {@code content} onto the body Marsad stores and tags, which is
 * the same text with whitespace collapsed, each line a paragraph and paragraphs joined by a blank
 * line. Characters other than whitespace are matched in order; where the two part (a repaired
 * line), a span is found by searching its text near where it should be instead.
 */
final class StoredTextAlignment {
  private final String stored;
  private final int contentLength;
  /** For each content offset, the stored offset of the same character, or -1 (whitespace, or past a parting). */
  private final int[] toStored;

  StoredTextAlignment(String content, String stored) {
    this.stored = stored;
    this.contentLength = content.length();
    this.toStored = new int[content.length()];
    Arrays.fill(toStored, -1);
    int j = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Text.isSpace(c)) {
        continue;
      }
      while (j < stored.length() && Text.isSpace(stored.charAt(j))) {
        j++;
      }
      if (j >= stored.length() || stored.charAt(j) != c) {
        break;
      }
      toStored[i] = j++;
    }
  }

  /** Where the content span {@code [start, end)} holding {@code text} is in the stored body, or null. */
  @Nullable Span map(int start, int end, String text) {
    String wanted = Text.collapse(text);
    int first = firstMapped(start, end);
    int last = lastMapped(start, end);
    if (first >= 0 && last >= first && stored.substring(first, last + 1).equals(wanted)) {
      return new Span(first, last + 1);
    }
    return nearestOccurrence(wanted, start);
  }

  /** The stored offset where content offset {@code offset} falls: the next mapped character's. */
  int mapBoundary(int offset) {
    for (int i = Math.max(0, offset); i < toStored.length; i++) {
      if (toStored[i] >= 0) {
        return toStored[i];
      }
    }
    return stored.length();
  }

  private int firstMapped(int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(end, toStored.length); i++) {
      if (toStored[i] >= 0) {
        return toStored[i];
      }
    }
    return -1;
  }

  private int lastMapped(int start, int end) {
    for (int i = Math.min(end, toStored.length) - 1; i >= Math.max(0, start); i--) {
      if (toStored[i] >= 0) {
        return toStored[i];
      }
    }
    return -1;
  }

  /** The occurrence of {@code wanted} closest to where {@code contentStart} would fall proportionally. */
  private @Nullable Span nearestOccurrence(String wanted, int contentStart) {
    if (wanted.isEmpty()) {
      return null;
    }
    long expected = contentLength == 0 ? 0 : (long) contentStart * stored.length() / contentLength;
    int best = -1;
    for (int i = stored.indexOf(wanted); i >= 0; i = stored.indexOf(wanted, i + 1)) {
      if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
        best = i;
      }
    }
    return best < 0 ? null : new Span(best, best + wanted.length());
  }
}
