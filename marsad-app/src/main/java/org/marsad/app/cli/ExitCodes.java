package org.marsad.app.cli;

/** Exit codes of {@code marsad}: scripts branch on them. */
public final class ExitCodes {
  /** Everything asked for was done. */
  public static final int OK = 0;
  /** The command failed (I/O error, locked store, bad data folder). */
  public static final int FAILED = 1;
  /** The command line was wrong (picocli's usage code). */
  public static final int USAGE = 2;
  /** The command ran, but some inputs were skipped; the summary says which and why. */
  public static final int SKIPPED = 3;
  /** An evaluation scored below one of its floors. */
  public static final int BELOW_FLOOR = 4;
  /** Nothing found (show: no article with that id). */
  public static final int NOT_FOUND = 5;

  private ExitCodes() {}
}
