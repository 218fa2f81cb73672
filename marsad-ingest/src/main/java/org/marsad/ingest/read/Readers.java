package org.marsad.ingest.read;

import java.io.IOException;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentReader;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.feeds.FeedReader;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.ingest.html.SiteFurniture;
import org.marsad.ingest.page.SitePages;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.ingest.warc.WarcArticleReader;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * The one place that picks the reader for a document ({@link DocumentKind}) and hands it over. One
 * instance for a whole run or a server's life: what a site repeats on its pages is learned across
 * documents (HTML pages, WARC records), and the scraped text pages of a batch can be {@link #learn
 * learned} before any is read. Thread-safe, but a batch learns before it reads.
 */
public final class Readers implements DocumentReader {
  private final SitePages pages = new SitePages();
  private final HtmlArticleReader html = new HtmlArticleReader(new SiteFurniture());
  private final WarcArticleReader warc = new WarcArticleReader(html);
  private final RecordsReader records = new RecordsReader();
  private final FeedReader feeds = new FeedReader();

  /** The kind of {@code document}, as {@link #read} will take it. */
  public DocumentKind kindOf(Document document) throws IOException {
    return DocumentKind.of(document);
  }

  /**
   * Learns a scraped text page's site template ahead of reading (other kinds teach nothing here).
   * Unreadable documents are left for {@link #read} to report.
   */
  public void learn(Document document) {
    try {
      if (kindOf(document) == DocumentKind.PAGE) {
        pages.learn(document);
      }
    } catch (IOException e) {
      // reported when the document is read
    }
  }

  /** Forgets what {@link #learn} taught, for the next batch. */
  public void forgetLearned() {
    pages.forgetLearned();
  }

  /**
   * Reads {@code document} with the reader its kind calls for.
   *
   * @throws NotReadable when it is empty, binary, too large, or a sitemap
   * @throws IOException when it cannot be read at all, or the sink fails
   */
  @Override
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (document.size() == 0) {
      throw new NotReadable(document.file().isPresent() ? "empty file" : "empty");
    }
    readerFor(kindOf(document)).read(document, sink, diagnostics);
  }

  private DocumentReader readerFor(DocumentKind kind) {
    return switch (kind) {
      case WARC -> warc;
      case RECORDS -> records;
      case HTML -> html;
      case FEED -> feeds;
      case PAGE -> pages;
      case SITEMAP -> (d, s, x) -> {
        throw new NotReadable("a sitemap lists pages but holds no articles; follow it with `marsad up`");
      };
      case BINARY -> (d, s, x) -> {
        throw new NotReadable("not a page, HTML, feed, WARC or JSON records (binary content)");
      };
    };
  }
}
