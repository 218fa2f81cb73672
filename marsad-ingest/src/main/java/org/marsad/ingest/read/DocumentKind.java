package org.marsad.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.ingest.warc.WarcArticleReader;
import org.marsad.model.Document;

/**
 * Which reader a document goes to: by the media type it was delivered with when that names one
 * reader, else by its name, else by its first bytes.
 */
public enum DocumentKind {
  WARC,
  RECORDS,
  HTML,
  FEED,
  SITEMAP,
  PAGE,
  BINARY;

  /** How many first bytes {@link #sniff} looks at. */
  static final int HEAD_BYTES = 1024;

  /** The kind of {@code document}. */
  public static DocumentKind of(Document document) throws IOException {
    DocumentKind declared = declared(document.mediaType().orElse(null));
    if (declared != null) {
      return declared;
    }
    if (document.file().isPresent()) {
      if (WarcArticleReader.canRead(document.file().get())) {
        return WARC;
      }
      if (RecordsReader.canRead(document.file().get())) {
        return RECORDS;
      }
    }
    String name = document.name().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return PAGE;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    byte[] head = document.head(HEAD_BYTES);
    return sniff(head, head.length);
  }

  /**
   * The kind a media type names, or null when it names none (no type, a generic one such as
   * {@code application/octet-stream}, or curl's default form type).
   */
  static @Nullable DocumentKind declared(@Nullable String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/json", "application/x-ndjson", "application/jsonl", "application/json-seq",
          "application/gzip", "application/zip" -> RECORDS;
      case "text/html", "application/xhtml+xml" -> HTML;
      case "application/rss+xml", "application/atom+xml", "application/rdf+xml" -> FEED;
      case "application/warc" -> WARC;
      case "text/plain" -> PAGE;
      default -> null;
    };
  }

  /**
   * By the first bytes: gzip or zip holds records, JSON starts with { or [, markup with &lt;, a
   * page is text. A byte order mark and leading white space are skipped.
   */
  static DocumentKind sniff(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B
        || length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return RECORDS;
    }
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == '{' || b == '[') {
        return RECORDS;
      }
      if (b == '<') {
        return markup(new String(head, i, length - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
      }
      if (b == 0) {
        return BINARY;
      }
      if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
        return b < 0x20 ? BINARY : PAGE;
      }
    }
    return PAGE;
  }

  /** Which markup a text starting with {@code head} is: a sitemap, a feed, else HTML. */
  private static DocumentKind markup(String head) {
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return SITEMAP;
    }
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return FEED;
    }
    return HTML;
  }
}
