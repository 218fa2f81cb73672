package org.marsad.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentReader;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.html.HtmlArticleReader;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the HTML pages a WARC file captured as articles: {@code response} records with status 200
 * and an HTML type, and HTML {@code resource} records. Each page goes to {@link
 * HtmlArticleReader} with the WARC-Target-URI as its URL and the WARC-Date as its fallback date.
 * Other records are counted and skipped without a word. Records are streamed one at a time; a page
 * is held in memory only up to {@link HtmlArticleReader#MAX_PAGE_BYTES}. A record jwarc cannot
 * parse, or a file cut short, costs that record only: the reader reports the file and the byte
 * offset and resumes at the next record start it finds. Thread-safe: all state is per call.
 */
public final class WarcArticleReader implements DocumentReader {
  public static final String NAME = "warc";

  private final HtmlArticleReader html;

  public WarcArticleReader(HtmlArticleReader html) {
    this.html = Objects.requireNonNull(html, "html");
  }

  /** Whether {@code file} is a WARC by name ({@code .warc}, {@code .warc.gz}) or first bytes. */
  public static boolean canRead(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8);
      if (RecordStarts.isGzip(head)) {
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(file))) {
          head = gz.readNBytes(8);
        }
      }
      return RecordStarts.isWarcMagic(head, 0);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads the document's file, named by its location; a WARC in memory (a request body) is refused,
   * since reading past a broken record needs to seek.
   */
  @Override
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    if (document.file().isEmpty()) {
      throw new NotReadable("a WARC is read from a file, not from a request body");
    }
    read(document.file().get(), document.location(), sink, diagnostics);
  }

  /**
   * Reads {@code file}, handing each article to {@code sink} as it is read.
   *
   * @throws IOException when the file cannot be opened, or the sink fails
   */
  public ReadCounts read(Path file, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    return read(file, file.toString(), sink, diagnostics);
  }

  /**
   * Reads {@code file}, named {@code location} in provenance and diagnostics (the path as the user
   * gave it, not where the server keeps it).
   *
   * @throws IOException when the file cannot be opened, or the sink fails
   */
  public ReadCounts read(Path file, String location, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    WarcSession session = new WarcSession(location, html, sink, diagnostics);
    long size;
    boolean gzip;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      size = channel.size();
      gzip = RecordStarts.isGzip(RecordStarts.head(channel));
    } catch (IOException e) {
      throw new IOException(file + ": cannot open: " + e.getMessage(), e);
    }
    long start = 0;
    while (start >= 0 && start < size) {
      long failedAt = readFrom(file, start, session);
      if (failedAt < 0) {
        break;
      }
      start = RecordStarts.next(file, failedAt + 1, gzip);
      if (start >= 0) {
        diagnostics.warn(session.where(start), "resuming at the next record");
      }
    }
    return session.counts();
  }

  /** Reads records from {@code start}: -1 at a clean end, else the offset where reading broke. */
  private static long readFrom(Path file, long start, WarcSession session) throws IOException {
    long at = start;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel.position(start))) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          return broken(session, Math.max(at, reader.position()), e);
        }
        if (next.isEmpty()) {
          return -1;
        }
        at = reader.position();
        session.record(next.get(), at);
      }
    } catch (WarcSession.SinkFailure e) {
      throw e.failure();
    } catch (IOException | RuntimeException e) {
      // the gzip header of the first record is read when the reader is made
      return broken(session, at, e);
    }
  }

  private static long broken(WarcSession session, long at, Exception e) {
    session.broken(at, e);
    return at;
  }

  /** The capture date as the record gives it. */
  static @Nullable Instant date(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
