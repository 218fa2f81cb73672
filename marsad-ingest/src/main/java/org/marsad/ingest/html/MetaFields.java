package org.marsad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one source of metadata (JSON-LD, OpenGraph, microdata, visible text...) says about a page,
 * as raw strings; {@link PageMetadata} weighs the sources. Not thread-safe: one per page and source.
 */
final class MetaFields {
  final String origin;
  @Nullable String title;
  @Nullable String published;
  @Nullable String modified;
  final List<String> authors = new ArrayList<>();
  @Nullable String section;
  @Nullable String siteName;
  @Nullable String url;
  @Nullable String language;
  final List<String> tags = new ArrayList<>();
  @Nullable String body;

  MetaFields(String origin) {
    this.origin = origin;
  }

  /** Sets the first non-blank value only: within a source the first statement wins. */
  static @Nullable String first(@Nullable String current, @Nullable String value) {
    if (current != null && !current.isBlank()) {
      return current;
    }
    return value == null || value.isBlank() ? current : value.strip();
  }
}
