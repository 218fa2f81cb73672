package org.marsad.app.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Diagnostic;
import org.marsad.model.Diagnostics;

/**
 * What an ingest did. Not thread-safe; one per run.
 */
public final class IngestSummary {
  /** Reasons beyond this many are counted, not kept: a bad corpus must not fill memory. */
  private static final int MAX_REASONS = 200;

  private long files;
  private long articlesRead;
  private long created;
  private long updated;
  private long unchanged;
  private long skippedInputs;
  private long warnings;
  private final List<String> reasons = new ArrayList<>();
  private long reasonsDropped;
  private final Map<String, Long> warningCounts = new LinkedHashMap<>();

  void addFile() {
    files++;
  }

  void addRead() {
    articlesRead++;
  }

  void addCreated() {
    created++;
  }

  void addUpdated() {
    updated++;
  }

  void addUnchanged() {
    unchanged++;
  }

  /** An input, or a record inside one, was skipped; {@code reason} says what and where. */
  void skipped(String reason) {
    skippedInputs++;
    addReason(reason);
  }

  void diagnostic(Diagnostic d) {
    if (d.severity() == Diagnostic.Severity.ERROR) {
      skipped(d.toString());
    } else {
      warnings++;
      // Warnings repeat across a corpus ("title derived from body"): count them by message.
      if (warningCounts.containsKey(d.message()) || warningCounts.size() < MAX_REASONS) {
        warningCounts.merge(d.message(), 1L, Long::sum);
      }
    }
  }

  /**
   * What reading {@code location} reported: each problem kept, and those beyond the cap counted
   * (an error is a record skipped, a warning only a warning) and listed as one reason.
   */
  void diagnostics(String location, Diagnostics diagnostics) {
    for (Diagnostic d : diagnostics.list()) {
      diagnostic(d);
    }
    long errors = diagnostics.droppedErrors();
    long others = diagnostics.dropped() - errors;
    if (errors + others > 0) {
      skippedInputs += errors;
      warnings += others;
      addReason(location + ": " + (errors + others) + " more problems not listed (" + errors + " records skipped)");
    }
  }

  private void addReason(String reason) {
    if (reasons.size() < MAX_REASONS) {
      reasons.add(reason);
    } else {
      reasonsDropped++;
    }
  }

  public long files() {
    return files;
  }

  public long articlesRead() {
    return articlesRead;
  }

  public long created() {
    return created;
  }

  public long updated() {
    return updated;
  }

  public long unchanged() {
    return unchanged;
  }

  public long skipped() {
    return skippedInputs;
  }

  public long warnings() {
    return warnings;
  }

  /** Warning messages with how often each occurred, first seen first. */
  public Map<String, Long> warningCounts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(warningCounts));
  }

  public List<String> reasons() {
    return List.copyOf(reasons);
  }

  public long reasonsDropped() {
    return reasonsDropped;
  }
}
