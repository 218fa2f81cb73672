package org.marsad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded collector of diagnostics: hostile input can produce millions of problems, so only
 * the first {@code limit} are kept and the rest are counted. Not thread-safe.
 */
public final class Diagnostics {
  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private long dropped;
  private long droppedErrors;

  public Diagnostics(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit: must be >= 0, got " + limit);
    }
    this.limit = limit;
  }

  public Diagnostics() {
    this(100);
  }

  public void warn(String where, String message) {
    add(new Diagnostic(Diagnostic.Severity.WARNING, where, message));
  }

  public void error(String where, String message) {
    add(new Diagnostic(Diagnostic.Severity.ERROR, where, message));
  }

  public void add(Diagnostic diagnostic) {
    if (kept.size() < limit) {
      kept.add(diagnostic);
    } else {
      dropped++;
      if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
        droppedErrors++;
      }
    }
  }

  /** Adds what {@code other} kept, and counts what it dropped as dropped here. */
  public void addAll(Diagnostics other) {
    other.kept.forEach(this::add);
    dropped += other.dropped;
    droppedErrors += other.droppedErrors;
  }

  public List<Diagnostic> list() {
    return List.copyOf(kept);
  }

  /** How many diagnostics were reported beyond the limit and not kept. */
  public long dropped() {
    return dropped;
  }

  /**
   * How many of the dropped diagnostics were errors: a reader reports a record it skips as one, so
   * a count of skipped records must include these.
   */
  public long droppedErrors() {
    return droppedErrors;
  }

  public boolean isEmpty() {
    return kept.isEmpty() && dropped == 0;
  }
}
