package org.marsad.store.lucene;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * A publication date as the page gave it (wall clock, zone when given, precision, text), stored
 * beside the instant that {@link ArticleDocuments#PUBLISHED} sorts and filters on, so briefs show a
 * day-only date as a day and a time without a zone without one, without parsing the article JSON.
 * Added after schema version 3 without a version bump: a document written before lacks these
 * fields, and {@link #read} then returns null for its caller to read the date from the JSON, so no
 * store needs re-ingesting. Stateless.
 */
final class PublishedFields {
  static final String LOCAL = "published_local";
  /** Only when the page gave a zone. */
  static final String ZONE = "published_zone";
  static final String PRECISION = "published_precision";
  static final String TEXT = "published_text";

  static final Set<String> NAMES = Set.of(LOCAL, ZONE, PRECISION, TEXT);

  private PublishedFields() {}

  static void add(Document doc, Published p) {
    doc.add(new StoredField(LOCAL, p.local().toString()));
    if (p.offset() != null) {
      doc.add(new StoredField(ZONE, p.offset().getId()));
    }
    doc.add(new StoredField(PRECISION, p.precision().name().toLowerCase(Locale.ROOT)));
    doc.add(new StoredField(TEXT, p.text()));
  }

  /** The date stored by {@link #add}, or null when the document has none (undated, or older). */
  static @Nullable Published read(Document d) {
    String local = d.get(LOCAL);
    String precision = d.get(PRECISION);
    if (local == null || precision == null) {
      return null;
    }
    String zone = d.get(ZONE);
    String text = d.get(TEXT);
    return new Published(
        LocalDateTime.parse(local),
        zone == null ? null : ZoneOffset.of(zone),
        text == null ? "" : text,
        Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
  }
}
