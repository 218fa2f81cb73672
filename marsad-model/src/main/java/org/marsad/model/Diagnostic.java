package org.marsad.model;

import java.util.Objects;

/**
 * One thing a reader could not read or had to guess.
 *
 * @param severity {@code WARNING}: the article was kept; {@code ERROR}: something was skipped
 * @param where file, line, record or URL, as precise as the reader knows
 * @param message one line a user can act on
 */
public record Diagnostic(Severity severity, String where, String message) {
  public enum Severity {
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
