package org.marsad.app.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which reader an input goes to, told by its media type or its first bytes. */
enum InputKind {
  WARC,
  RECORDS,
  HTML,
  FEED,
  SITEMAP,
  PAGE,
  BINARY;

  /** How many first bytes {@link #sniff} looks at. */
  static final int HEAD_BYTES = 1024;

  /**
   * By the first bytes: gzip or zip holds records, JSON starts with { or [, markup with &lt;, a
   * page is text. A byte order mark and leading white space are skipped.
   */
  static InputKind sniff(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B || length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
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

  /**
   * By the media type of a request body when it names one reader; otherwise (none, a generic one
   * such as {@code application/octet-stream}, or curl's default form type) by the first bytes.
   */
  static InputKind of(@Nullable String contentType, byte[] head, int length) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/json", "application/x-ndjson", "application/jsonl", "application/json-seq", "application/gzip", "application/zip" -> RECORDS;
      case "text/html", "application/xhtml+xml" -> HTML;
      case "application/rss+xml", "application/atom+xml", "application/rdf+xml" -> FEED;
      case "text/plain" -> PAGE;
      default -> sniff(head, length);
    };
  }

  /** Which markup a text starting with {@code head} is: a sitemap, a feed, else HTML. */
  private static InputKind markup(String head) {
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return SITEMAP;
    }
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return FEED;
    }
    return HTML;
  }
}
