package org.marsad.app.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.feeds.Feed;
import org.marsad.ingest.feeds.FeedItem;
import org.marsad.ingest.feeds.FeedItems;
import org.marsad.ingest.feeds.FeedReader;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.ingest.html.SiteFurniture;
import org.marsad.ingest.page.AggregatorPageReader;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.store.ArticleStore;
import org.marsad.store.UpsertResult;

/**
 * Reads one document held in memory (the body of an API request) into the store, with the reader
 * its media type or first bytes call for: an aggregator page, an HTML page, a feed, or JSON
 * records. Commits before returning. Bad content ends up in the result's diagnostics, never thrown.
 * Thread-safe: the readers are, and so is the store.
 */
public final class BodyIngester {
  /** Diagnostics kept per body; the rest are counted. */
  private static final int MAX_DIAGNOSTICS = 50;

  private final ArticleStore store;
  private final Consumer<UpsertResult> onStored;
  private final AggregatorPageReader pages = new AggregatorPageReader();
  private final RecordsReader records = new RecordsReader();
  // One reader for the server's life: what a site repeats on its pages is learned across requests.
  private final HtmlArticleReader html = new HtmlArticleReader(new SiteFurniture());
  private final FeedReader feeds = new FeedReader();

  /**
   * What one body gave.
   *
   * @param kind the reader chosen: records, html, feed, page, sitemap or binary
   * @param stored articles new to the store
   */
  public record Result(String kind, long read, long stored, long updated, long unchanged,
      List<Diagnostic> diagnostics, long diagnosticsDropped) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** @param onStored hears each upsert's outcome, for metrics */
  public BodyIngester(ArticleStore store, Consumer<UpsertResult> onStored) {
    this.store = store;
    this.onStored = onStored;
  }

  /**
   * @param contentType the request's media type, or null
   * @param url the page's URL for an HTML body, or null; a canonical URL in the page wins, and
   *     without either the page is named by a hash of its bytes so that posting it again updates it
   * @throws IOException when the store fails
   */
  public Result ingest(byte[] body, @Nullable String contentType, @Nullable URI url) throws IOException {
    InputKind kind = InputKind.of(contentType, body, Math.min(body.length, InputKind.HEAD_BYTES));
    Diagnostics diagnostics = new Diagnostics(MAX_DIAGNOSTICS);
    long[] counts = new long[4]; // read, created, updated, unchanged
    String location = url != null ? url.toString() : "urn:sha256:" + sha256(body);
    ArticleSink sink = article -> {
      UpsertResult r = store.upsert(article);
      onStored.accept(r);
      counts[0]++;
      switch (r) {
        case CREATED -> counts[1]++;
        case UPDATED -> counts[2]++;
        case UNCHANGED -> counts[3]++;
      }
    };
    switch (kind) {
      case RECORDS -> records.read(new ByteArrayInputStream(body), "request body", sink, diagnostics);
      case HTML -> accept(html.read(body, contentType, location, null, diagnostics), sink);
      case FEED -> readFeed(body, contentType, url, sink, diagnostics);
      case PAGE -> {
        for (Article a : pages.read(body, "request body", diagnostics)) {
          sink.accept(a);
        }
      }
      case SITEMAP -> diagnostics.error("request body", "a sitemap lists pages but holds no articles; add it as a feed and run `marsad up`");
      case WARC, BINARY -> diagnostics.error("request body", "not a page, HTML, feed or JSON records (binary content)");
    }
    if (counts[0] > 0) {
      store.commit();
    }
    return new Result(kind.name().toLowerCase(Locale.ROOT), counts[0], counts[1], counts[2], counts[3],
        diagnostics.list(), diagnostics.dropped());
  }

  private void readFeed(byte[] body, @Nullable String contentType, @Nullable URI url,
      ArticleSink sink, Diagnostics diagnostics) throws IOException {
    URI location = url != null ? url : URI.create("urn:marsad:request-body");
    Feed feed = feeds.read(body, contentType, location, diagnostics);
    for (FeedItem item : feed.items()) {
      sink.accept(FeedItems.toArticle(item, feed, location, feed.title()));
    }
  }

  private static void accept(Optional<Article> article, ArticleSink sink) throws IOException {
    if (article.isPresent()) {
      sink.accept(article.get());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
