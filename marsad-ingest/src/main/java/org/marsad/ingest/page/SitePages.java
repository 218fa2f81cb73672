package org.marsad.ingest.page;

import java.io.IOException;
import java.net.URI;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentReader;
import org.marsad.ingest.NotReadable;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * Scraped text pages read with what their site's other pages teach: the pages of a batch are
 * {@link #learn learned} before any is read ({@link SiteTemplates}), so that a site's first page is
 * read as well as its last; a page never learned is read on its own evidence. Thread-safe, but a
 * batch learns before it reads.
 */
public final class SitePages implements DocumentReader {
  private final AggregatorPageReader pages = new AggregatorPageReader();
  private volatile SiteTemplates sites = new SiteTemplates();

  /** Learns the page's site template. A page too large or unreadable is left for {@link #read} to report. */
  public synchronized void learn(Document document) {
    try {
      if (document.size() <= AggregatorPageReader.MAX_PAGE_BYTES) {
        sites.add(document.location(), document.url().map(URI::toString).orElse(null), document.bytes());
      }
    } catch (IOException e) {
      // reported when the page is read
    }
  }

  /** Forgets what {@link #learn} taught, for the next batch. */
  public synchronized void forgetLearned() {
    sites = new SiteTemplates();
  }

  @Override
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    NotReadable.requireAtMost(document, AggregatorPageReader.MAX_PAGE_BYTES, "a page");
    for (Article a : pages.read(document.bytes(), document.location(), sites.templateFor(document.location()), diagnostics)) {
      sink.accept(a);
    }
  }
}
