package org.marsad.app.ingest;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.marsad.app.stories.Storage;
import org.marsad.enrich.Enricher;
import org.marsad.ingest.read.DocumentKind;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.UpsertResult;

/**
 * Reads one document held in memory (the body of an API request) into the store through the
 * {@link Pipeline}, with the reader its media type or first bytes call for: an aggregator page, an
 * HTML page, a feed, or JSON records. Commits before returning. Bad content ends up in the
 * result's diagnostics, never thrown. Thread-safe: each body gets its own pipeline over shared
 * readers, and the store and the placement stage are.
 */
public final class BodyIngester {
  /** Diagnostics kept per body; the rest are counted. */
  private static final int MAX_DIAGNOSTICS = 50;

  private final Storage storage;
  private final Consumer<UpsertResult> onStored;
  // One set of readers for the server's life: what a site repeats on its pages is learned across requests.
  private final Readers readers = new Readers();

  /**
   * What one body gave.
   *
   * @param kind the reader chosen: records, html, feed, page, sitemap, warc or binary
   * @param stored articles new to the store
   */
  public record Result(String kind, long read, long stored, long updated, long unchanged,
      List<Diagnostic> diagnostics, long diagnosticsDropped) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** @param onStored hears each upsert's outcome, for metrics */
  public BodyIngester(Storage storage, Consumer<UpsertResult> onStored) {
    this.storage = storage;
    this.onStored = onStored;
  }

  /**
   * @param contentType the request's media type, or null
   * @param url the page's URL for an HTML body, or null; a canonical URL in the page wins, and
   *     without either the page is named by a hash of its bytes so that posting it again updates it
   * @throws IOException when the store fails
   */
  public Result ingest(byte[] body, @Nullable String contentType, @Nullable URI url) throws IOException {
    Document document = Document.ofBytes(url != null ? url.toString() : "urn:sha256:" + sha256(body), body)
        .withUrl(url).withMediaType(contentType);
    DocumentKind kind = readers.kindOf(document);
    Diagnostics diagnostics = new Diagnostics(MAX_DIAGNOSTICS);
    long[] counts = new long[4]; // read, created, updated, unchanged
    Pipeline.Output out = processed -> {
      UpsertResult r = storage.write(processed);
      onStored.accept(r);
      counts[0]++;
      switch (r) {
        case CREATED -> counts[1]++;
        case UPDATED -> counts[2]++;
        case UNCHANGED -> counts[3]++;
      }
    };
    try {
      new Pipeline(readers, Enricher.standard(), storage.placement()).process(document, out, diagnostics);
    } catch (NotReadable e) {
      diagnostics.error("request body", e.getMessage());
    }
    if (counts[0] > 0) {
      storage.commit();
    }
    return new Result(kind.name().toLowerCase(Locale.ROOT), counts[0], counts[1], counts[2], counts[3],
        diagnostics.list(), diagnostics.dropped());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
