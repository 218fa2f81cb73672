package org.marsad.ingest.html;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the main text of an article page: its paragraphs in order, without navigation, share
 * bars, comments, read-also boxes, tag lists or related links. Stub: every {@code <p>}.
 */
public final class MainTextExtractor {

  /** The article's paragraphs, in page order; empty when the page has no article text. */
  public List<String> extract(Document doc) {
    return doc.select("p").eachText().stream().filter(t -> !t.isBlank()).toList();
  }
}
