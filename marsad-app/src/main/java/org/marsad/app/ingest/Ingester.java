package org.marsad.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.net.URI;
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
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.store.ArticleStore;

/**
 * Reads inputs into the store. Each file goes to the reader its name or first bytes call for; a
 * file that cannot be read is skipped with its reason and the rest of the batch goes on. Commits
 * every {@code commitEvery} writes, so a kill loses at most that much work. Not thread-safe.
 */
public final class Ingester {
  /** Called after each article and each file, so a terminal can show progress. */
  public interface Progress {
    void update(IngestSummary summary, int fileIndex, int fileCount, Path file);

    Progress NONE = (summary, fileIndex, fileCount, file) -> {};
  }

  /** Articles read ahead of the one being stored, for the store to prepare (see below). */
  static final int LOOK_AHEAD = 32;

  private final ArticleStore store;
  private final int commitEvery;
  private final AggregatorPageReader pages = new AggregatorPageReader();
  /** The site templates learned from the text pages of the current run. */
  private SiteTemplates sites = new SiteTemplates();
  /** The kind of each file of the current run, as the learning pass told it. */
  private final Map<Path, InputKind> kinds = new HashMap<>();
  private final RecordsReader records = new RecordsReader();
  // One reader for the whole ingest, WARC records included: what a site repeats on its pages is
  // learned across files.
  private final HtmlArticleReader html = new HtmlArticleReader(new SiteFurniture());
  private final WarcArticleReader warc = new WarcArticleReader(html);
  private final FeedReader feeds = new FeedReader();

  public Ingester(ArticleStore store, int commitEvery) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery: must be >= 1, got " + commitEvery);
    }
    this.store = store;
    this.commitEvery = commitEvery;
  }

  /** Ingests every file named by {@code args} (files, folders, globs). */
  public IngestSummary ingest(List<String> args, Progress progress) throws IOException {
    IngestSummary summary = new IngestSummary();
    List<Path> files = args.stream().flatMap(a -> InputPaths.expand(a, summary).stream()).toList();
    sites = learnSites(files);
    long[] sinceCommit = {0};
    Deque<Article> ahead = new ArrayDeque<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      int index = i;
      summary.addFile();
      ArticleSink store =
          article -> {
            store(article, summary);
            if (++sinceCommit[0] >= commitEvery) {
              commit();
              sinceCommit[0] = 0;
            }
            progress.update(summary, index, files.size(), file);
          };
      // Articles wait a little, so a store can prepare them meanwhile (the placing store places
      // them on other threads); they are still stored in the order read, and all of a file's
      // before the next file starts, so its problems are reported with it.
      ArticleSink sink = article -> {
        this.store.prepare(article);
        ahead.add(article);
        if (ahead.size() > LOOK_AHEAD) {
          store.accept(ahead.poll());
        }
      };
      try {
        ingestFile(file, sink, summary);
      } finally {
        while (!ahead.isEmpty()) {
          store.accept(ahead.poll());
        }
      }
      progress.update(summary, index + 1, files.size(), file);
    }
    commit();
    return summary;
  }

  /**
   * A first pass over the scraped text pages of the run: each site's template is learned from all
   * of its pages before any is read, so that its first page is read as well as its last. Pages
   * keep only line hashes and short lines here; unreadable ones are left to the reading pass to
   * report.
   */
  private SiteTemplates learnSites(List<Path> files) {
    SiteTemplates learned = new SiteTemplates();
    kinds.clear();
    for (Path file : files) {
      try {
        InputKind kind = kindOf(file);
        // Told once: the reading pass takes the kind from here rather than opening the file again.
        kinds.put(file, kind);
        if (kind == InputKind.PAGE && Files.size(file) <= AggregatorPageReader.MAX_PAGE_BYTES) {
          learned.add(file.toString(), null, Files.readAllBytes(file));
        }
      } catch (IOException e) {
        // reported when the file is read
      }
    }
    return learned;
  }

  private void store(Article article, IngestSummary summary) throws IOException {
    summary.addRead();
    try {
      switch (store.upsert(article)) {
        case CREATED -> summary.addCreated();
        case UPDATED -> summary.addUpdated();
        case UNCHANGED -> summary.addUnchanged();
      }
    } catch (IOException e) {
      throw new StoreFailure(e);
    }
  }

  private void commit() throws IOException {
    try {
      store.commit();
    } catch (IOException e) {
      throw new StoreFailure(e);
    }
  }

  private void ingestFile(Path file, ArticleSink sink, IngestSummary summary) throws IOException {
    Diagnostics diagnostics = new Diagnostics(200);
    try {
      long size = Files.size(file);
      if (size == 0) {
        summary.skipped(file + ": empty file");
        return;
      }
      InputKind known = kinds.get(file);
      switch (known != null ? known : kindOf(file)) {
        case WARC -> warc.read(file, sink, diagnostics);
        case RECORDS -> records.read(file, sink, diagnostics);
        case HTML -> readHtml(file, size, sink, diagnostics);
        case FEED -> readFeed(file, size, sink, diagnostics);
        case SITEMAP -> summary.skipped(file + ": a sitemap lists pages but holds no articles; follow it with `marsad up`");
        case PAGE -> readPage(file, size, sink, diagnostics);
        case BINARY -> summary.skipped(file + ": not a page, HTML, feed, WARC or JSON records file (binary content)");
      }
    } catch (IOException e) {
      if (isStoreFailure(e)) {
        throw e;
      }
      summary.skipped(file + ": cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    for (Diagnostic d : diagnostics.list()) {
      summary.diagnostic(d);
    }
    if (diagnostics.dropped() > 0) {
      summary.skipped(file + ": " + diagnostics.dropped() + " more problems not listed");
    }
  }

  private void readPage(Path file, long size, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (size > AggregatorPageReader.MAX_PAGE_BYTES) {
      diagnostics.error(file.toString(), "too large for a page (" + size / (1024 * 1024) + " MB > " + AggregatorPageReader.MAX_PAGE_BYTES / (1024 * 1024) + " MB)");
      return;
    }
    for (Article a : pages.read(Files.readAllBytes(file), file.toString(), sites.templateFor(file.toString()), diagnostics)) {
      sink.accept(a);
    }
  }

  private void readHtml(Path file, long size, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (size > HtmlArticleReader.MAX_PAGE_BYTES) {
      diagnostics.error(file.toString(), "too large for an HTML page (" + size / (1024 * 1024) + " MB)");
      return;
    }
    // A local file has no URL of its own; a canonical URL inside the page wins over this one.
    String url = file.toAbsolutePath().toUri().toString();
    Optional<Article> article = html.read(Files.readAllBytes(file), null, url, null, diagnostics);
    if (article.isPresent()) {
      sink.accept(article.get());
    }
  }

  private void readFeed(Path file, long size, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (size > HtmlArticleReader.MAX_PAGE_BYTES) {
      diagnostics.error(file.toString(), "too large for a feed (" + size / (1024 * 1024) + " MB)");
      return;
    }
    URI location = file.toAbsolutePath().toUri();
    Feed feed = feeds.read(Files.readAllBytes(file), null, location, diagnostics);
    for (FeedItem item : feed.items()) {
      sink.accept(FeedItems.toArticle(item, feed, location, feed.title()));
    }
  }

  /** By name first, then by the first bytes. */
  private static InputKind kindOf(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (WarcArticleReader.canRead(file)) {
      return InputKind.WARC;
    }
    if (RecordsReader.canRead(file)) {
      return InputKind.RECORDS;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return InputKind.PAGE;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return InputKind.HTML;
    }
    byte[] head = new byte[InputKind.HEAD_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return InputKind.sniff(head, n);
  }

  /** Store failures stop the run: carrying on would report articles as stored that are not. */
  private static boolean isStoreFailure(IOException e) {
    return e instanceof StoreFailure;
  }

  /** Wraps an I/O failure of the store itself, as opposed to one of an input file. */
  static final class StoreFailure extends IOException {
    StoreFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
