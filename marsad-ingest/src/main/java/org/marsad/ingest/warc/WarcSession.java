package org.marsad.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The state of one read of one WARC file: counts, and what to do with each record. Not
 * thread-safe.
 */
final class WarcSession {
  /** Provenance note when the date is the capture date, not one the page printed. */
  static final String NOTE_CAPTURE_DATE = "date is the WARC capture date";
  private static final int HTTP_OK = 200;

  /** The sink failed: an I/O failure of the caller's, passed through rather than reported. */
  static final class SinkFailure extends RuntimeException {
    private final IOException failure;

    SinkFailure(IOException failure) {
      super(failure);
      this.failure = failure;
    }

    IOException failure() {
      return failure;
    }
  }

  private final String file;
  private final HtmlArticleReader html;
  private final ArticleSink sink;
  private final Diagnostics diagnostics;
  private long seen;
  private long articles;
  private long skipped;
  private long failed;

  WarcSession(String file, HtmlArticleReader html, ArticleSink sink, Diagnostics diagnostics) {
    this.file = file;
    this.html = html;
    this.sink = sink;
    this.diagnostics = diagnostics;
  }

  String where(long offset) {
    return file + "@" + offset;
  }

  ReadCounts counts() {
    return new ReadCounts(seen, articles, skipped, failed);
  }

  /** A record jwarc could not frame; it counts as seen and failed. */
  void broken(long offset, Exception e) {
    seen++;
    failed++;
    diagnostics.error(where(offset), "unreadable record (" + e + ")");
  }

  /** Reads one record; never throws but {@link SinkFailure}. */
  void record(WarcRecord record, long offset) {
    seen++;
    try {
      Page page = page(record, offset);
      if (page == null) {
        skipped++;
        return;
      }
      if (page.body() == null) {
        failed++;
        return;
      }
      Optional<Article> article = html.read(page.body(), page.contentType(), page.url(), page.captured(), diagnostics);
      if (article.isEmpty()) {
        failed++;
        return;
      }
      accept(finish(article.get(), page, offset));
      articles++;
    } catch (IOException | RuntimeException e) {
      if (e instanceof SinkFailure f) {
        throw f;
      }
      failed++;
      diagnostics.error(where(offset), "record could not be read (" + e + ")");
    }
  }

  private void accept(Article article) {
    try {
      sink.accept(article);
    } catch (IOException e) {
      throw new SinkFailure(e);
    }
  }

  /** A page to read: its body is null when it was refused (with a diagnostic). */
  private record Page(String url, @Nullable String contentType, @Nullable Instant captured,
      @Nullable String dateText, byte @Nullable [] body) {}

  /** The HTML page of {@code record}, or null when the record is not one. */
  private @Nullable Page page(WarcRecord record, long offset) throws IOException {
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null;
      }
      HttpResponse http = response.http();
      String type = http.headers().first("Content-Type").orElse(null);
      if (http.status() != HTTP_OK || !isHtml(type)) {
        return null;
      }
      return new Page(response.target(), type, WarcArticleReader.date(record), dateText(record),
          bounded(http.bodyDecoded().stream(), offset));
    }
    if (record instanceof WarcResource resource) {
      String type = resource.headers().first("Content-Type").orElse(null);
      if (!isHtml(type)) {
        return null;
      }
      return new Page(resource.target(), type, WarcArticleReader.date(record), dateText(record),
          bounded(resource.body().stream(), offset));
    }
    return null;
  }

  /** The page's bytes, or null (with an error) past the page limit. */
  private byte @Nullable [] bounded(InputStream in, long offset) throws IOException {
    byte[] bytes = in.readNBytes(HtmlArticleReader.MAX_PAGE_BYTES + 1);
    if (bytes.length > HtmlArticleReader.MAX_PAGE_BYTES) {
      diagnostics.error(where(offset), "page larger than " + HtmlArticleReader.MAX_PAGE_BYTES + " bytes; skipped");
      return null;
    }
    return bytes;
  }

  /**
   * Provenance names the record, so it can be found again; the capture date stands in when the
   * page gave none (the html reader is asked to do so too, this makes it hold for every reader).
   */
  private Article finish(Article article, Page page, long offset) {
    Provenance p = article.provenance();
    List<String> notes = new ArrayList<>(p.notes());
    Published published = article.published();
    if (published == null && page.captured() != null) {
      LocalDateTime utc = LocalDateTime.ofInstant(page.captured(), ZoneOffset.UTC);
      String text = page.dateText() != null ? page.dateText() : page.captured().toString();
      published = new Published(utc, ZoneOffset.UTC, text, Precision.SECOND);
      notes.add(NOTE_CAPTURE_DATE);
    }
    String url = article.url() != null ? article.url() : page.url();
    return new Article(article.id(), url, article.title(), article.body(), published, article.source(),
        article.credits(), article.tags(), article.readAlso(), new Provenance(where(offset), WarcArticleReader.NAME, p.embeddedIn(), notes));
  }

  private static @Nullable String dateText(WarcRecord record) {
    return record.headers().first("WARC-Date").orElse(null);
  }

  private static boolean isHtml(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type = MediaType.parseLeniently(contentType);
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
