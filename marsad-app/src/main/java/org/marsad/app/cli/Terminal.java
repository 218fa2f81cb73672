package org.marsad.app.cli;

/** Facts about the terminal the CLI runs in. */
final class Terminal {
  private Terminal() {}

  /** Whether a person is watching: progress bars and colours only then. */
  static boolean isInteractive() {
    return System.console() != null;
  }
}
