package org.marsad.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.feeds.Feed;
import org.marsad.ingest.feeds.FeedItem;
import org.marsad.ingest.feeds.FeedItems;
import org.marsad.ingest.feeds.FeedReader;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.ingest.html.SiteFurniture;
import org.marsad.ingest.page.AggregatorPageReader;
import org.marsad.ingest.page.SiteTemplates;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.ingest.warc.WarcArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.model.Provenance;

/**
 * The one place that picks the reader for a document ({@link DocumentKind}) and reads it. One
 * instance for a whole run or a server's life: what a site repeats on its pages is learned across
 * documents, and the scraped text pages of a batch can be {@link #learn learned} before any is
 * read, so that a site's first page is read as well as its last. Thread-safe but for learning,
 * which a batch does before reading.
 */
public final class Readers implements DocumentReader {
  private final AggregatorPageReader pages = new AggregatorPageReader();
  private final HtmlArticleReader html = new HtmlArticleReader(new SiteFurniture());
  private final WarcArticleReader warc = new WarcArticleReader(html);
  private final RecordsReader records = new RecordsReader();
  private final FeedReader feeds = new FeedReader();
  private volatile SiteTemplates sites = new SiteTemplates();

  /** The kind of {@code document}, as {@link #read} will take it. */
  public DocumentKind kindOf(Document document) throws IOException {
    return DocumentKind.of(document);
  }

  /**
   * Learns a scraped text page's site template ahead of reading (other kinds teach nothing here).
   * Unreadable documents are left for {@link #read} to report.
   */
  public synchronized void learn(Document document) {
    try {
      if (kindOf(document) == DocumentKind.PAGE && document.size() <= AggregatorPageReader.MAX_PAGE_BYTES) {
        sites.add(document.location(), document.url().map(URI::toString).orElse(null), document.bytes());
      }
    } catch (IOException e) {
      // reported when the document is read
    }
  }

  /** Forgets what {@link #learn} taught, for the next batch. */
  public synchronized void forgetLearned() {
    sites = new SiteTemplates();
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
    switch (kindOf(document)) {
      case WARC -> readWarc(document, sink, diagnostics);
      case RECORDS -> readRecords(document, sink, diagnostics);
      case HTML -> readHtml(document, sink, diagnostics);
      case FEED -> readFeed(document, sink, diagnostics);
      case PAGE -> readPage(document, sink, diagnostics);
      case SITEMAP -> throw new NotReadable("a sitemap lists pages but holds no articles; follow it with `marsad up`");
      case BINARY -> throw new NotReadable("not a page, HTML, feed, WARC or JSON records (binary content)");
    }
  }

  private void readWarc(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (document.file().isEmpty()) {
      throw new NotReadable("a WARC is read from a file, not from a request body");
    }
    warc.read(document.file().get(), document.location(), sink, diagnostics);
  }

  private void readRecords(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    InputStream raw;
    try {
      raw = document.open();
    } catch (IOException e) {
      throw new IOException(document.location() + ": cannot open: " + e.getMessage(), e);
    }
    try (InputStream in = raw) {
      records.read(in, document.location(), sink, diagnostics);
    }
  }

  private void readPage(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    requireAtMost(document, AggregatorPageReader.MAX_PAGE_BYTES, "a page");
    for (Article a : pages.read(document.bytes(), document.location(), sites.templateFor(document.location()), diagnostics)) {
      sink.accept(a);
    }
  }

  /**
   * A page without an address of its own (a local file, a request body) is named for its id by
   * the document's location as a URL, unless the page gives a canonical URL; provenance keeps the
   * location as given.
   */
  private void readHtml(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    requireAtMost(document, HtmlArticleReader.MAX_PAGE_BYTES, "an HTML page");
    String url = document.url().map(URI::toString).orElseGet(() -> localUrl(document));
    Optional<Article> article = html.read(document.bytes(), document.mediaType().orElse(null), url,
        document.fetchedAt().orElse(null), diagnostics);
    if (article.isPresent()) {
      Article a = article.get();
      sink.accept(document.url().isPresent() ? a : a.withProvenance(relocated(a.provenance(), document.location())));
    }
  }

  private void readFeed(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    requireAtMost(document, HtmlArticleReader.MAX_PAGE_BYTES, "a feed");
    URI location = document.url().orElseGet(() -> URI.create(localUrl(document)));
    Feed feed = feeds.read(document.bytes(), document.mediaType().orElse(null), location, diagnostics);
    for (FeedItem item : feed.items()) {
      sink.accept(FeedItems.toArticle(item, feed, location, feed.title()));
    }
  }

  /** What names a document without a URL: its file as a {@code file:} URL, else a hash of its bytes. */
  private static String localUrl(Document document) {
    return document.file().map(f -> f.toAbsolutePath().toUri().toString())
        .orElseGet(() -> document.location().contains(":") ? document.location() : "urn:marsad:" + document.location());
  }

  private static Provenance relocated(Provenance p, String location) {
    return new Provenance(location, p.reader(), p.embeddedIn(), p.notes());
  }

  private static void requireAtMost(Document document, long max, String what) throws IOException {
    long size = document.size();
    if (size > max) {
      throw new NotReadable("too large for " + what + " (" + size / (1024 * 1024) + " MB > " + max / (1024 * 1024) + " MB)");
    }
  }
}
