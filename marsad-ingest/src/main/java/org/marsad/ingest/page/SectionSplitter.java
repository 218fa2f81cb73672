package org.marsad.ingest.page;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Diagnostics;

/**
 * Splits a page's lines into the main article and the "read also" articles glued after it. A
 * read-also marker starts an embedded article only when an article follows it: a headline, then a
 * credit or date line or running text. Otherwise what follows the marker is a list of links, which
 * is dropped from the body. Thread-safe.
 */
final class SectionSplitter {
  /** Link lists under a marker are short; past this many lines the main text has resumed. */
  private static final int MAX_LINKS = 8;

  List<PageSection> split(List<PageEntry> entries, String location, Diagnostics diagnostics) {
    List<PageSection> sections = new ArrayList<>();
    List<PageEntry> current = new ArrayList<>();
    boolean embedded = false;
    String headline = null;
    int i = 0;
    while (i < entries.size()) {
      PageEntry e = entries.get(i);
      if (e.kind() != LineFacts.Kind.READ_ALSO) {
        current.add(e);
        i++;
        continue;
      }
      String inline = e.facts().value().isEmpty() ? null : e.facts().value();
      if (startsArticle(entries, i + 1, inline != null, hasEnded(current))) {
        sections.add(new PageSection(current, embedded, headline));
        current = new ArrayList<>();
        embedded = true;
        headline = inline;
        i++;
        continue;
      }
      int links = linkCount(entries, i + 1) + (inline == null ? 0 : 1);
      diagnostics.warn(
          location + ":" + e.line().number(), "dropped a read-also box of " + links + " link(s) without article text");
      i += 1 + linkCount(entries, i + 1);
    }
    sections.add(new PageSection(current, embedded, headline));
    return sections;
  }

  /**
   * Whether an article starts at {@code from}: a headline followed by a credit or date line, or, once
   * the article before has ended with its credits or tags, followed by running text. A marker in the
   * middle of running text with a headline and more text after it is an inline link instead.
   */
  private static boolean startsArticle(
      List<PageEntry> entries, int from, boolean headlineGiven, boolean previousEnded) {
    int h = headlineGiven ? from : from + 1;
    if (!headlineGiven && (from >= entries.size() || !entries.get(from).isText())) {
      return false;
    }
    for (int j = h; j < Math.min(entries.size(), h + 3); j++) {
      PageEntry e = entries.get(j);
      if (e.kind() == LineFacts.Kind.META) {
        return true;
      }
      if (e.isText() && e.line().isParagraphLike()) {
        // A marker alone on its line, then one headline, then text: the glued-article layout.
        // A marker carrying its headline is the inline link of a body, unless the body had ended.
        return previousEnded || (!headlineGiven && j == h);
      }
    }
    return false;
  }

  /** Whether the section so far has text followed by footer lines (tags, wire or source credits). */
  private static boolean hasEnded(List<PageEntry> section) {
    boolean text = false;
    for (PageEntry e : section) {
      if (e.isText() && e.line().isParagraphLike()) {
        text = true;
      } else if (text && (e.kind() == LineFacts.Kind.TAGS || e.kind() == LineFacts.Kind.WIRE)) {
        return true;
      }
    }
    return false;
  }

  private static int linkCount(List<PageEntry> entries, int from) {
    int n = 0;
    while (from + n < entries.size()
        && n < MAX_LINKS
        && entries.get(from + n).isText()
        && !entries.get(from + n).line().isParagraphLike()) {
      n++;
    }
    return n;
  }
}
