package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.app.ingest.IngestSummary;
import org.marsad.app.ingest.Ingester;

/**
 * A one-line progress bar on the terminal: files done, articles read and the rate. Redrawn at most
 * five times a second; silent when output is not a terminal. Not thread-safe.
 */
final class ProgressBar implements Ingester.Progress {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(IngestSummary s, int fileIndex, int fileCount, Path file) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDrawn < REDRAW_NANOS && fileIndex < fileCount)) {
      return;
    }
    lastDrawn = now;
    int filled = fileCount == 0 ? WIDTH : (int) ((long) WIDTH * fileIndex / fileCount);
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d files · %,d articles · %,.0f/s · %s\u001b[K",
            "=".repeat(filled),
            " ".repeat(WIDTH - filled),
            fileIndex,
            fileCount,
            s.articlesRead(),
            s.articlesRead() / seconds,
            name.length() > 30 ? name.substring(0, 30) + "…" : name));
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
