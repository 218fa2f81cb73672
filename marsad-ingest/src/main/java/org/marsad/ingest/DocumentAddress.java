package org.marsad.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.marsad.model.Document;

/**
 * What names a document for readers that need an address (an HTML page's id when it gives no
 * canonical URL, the base of a feed's relative links): its URL, else its file as a {@code file:}
 * URL, else its location when that is already a URI (a request body is {@code urn:sha256:…}),
 * else the location under {@code urn:marsad:}.
 */
public final class DocumentAddress {
  private DocumentAddress() {}

  public static String of(Document document) {
    return document.url().map(URI::toString)
        .or(() -> document.file().map(f -> f.toAbsolutePath().toUri().toString()))
        .orElseGet(() -> fromLocation(document.location()));
  }

  private static String fromLocation(String location) {
    try {
      if (URI.create(location).isAbsolute()) {
        return location;
      }
    } catch (IllegalArgumentException e) {
      // not a URI: named below
    }
    return "urn:marsad:" + URLEncoder.encode(location, StandardCharsets.UTF_8);
  }
}
