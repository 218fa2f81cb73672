package org.marsad.app.cli;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The filters a search and an export share: one source, a range of publication days. */
final class FilterOptions {
  @Option(names = "--source", description = "Only articles from this source.")
  @Nullable String source;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day (UTC).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day (UTC).")
  @Nullable LocalDate to;

  /** Whether any filter was given. */
  boolean any() {
    return source != null && !source.isBlank() || from != null || to != null;
  }
}
