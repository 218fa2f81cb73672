package org.marsad.ingest;

import java.io.IOException;
import org.marsad.model.Document;

/**
 * A document no reader can take as a whole: empty, binary, too large, or a sitemap (which lists
 * pages to fetch rather than holding articles). The message says why, for the user.
 */
public final class NotReadable extends IOException {
  public NotReadable(String message) {
    super(message);
  }

  /**
   * Refuses a document larger than a reader that holds it whole can take.
   *
   * @param what the kind of document, for the message ("a page", "a feed")
   */
  public static void requireAtMost(Document document, long max, String what) throws IOException {
    long size = document.size();
    if (size > max) {
      throw new NotReadable("too large for " + what + " (" + size / (1024 * 1024) + " MB > " + max / (1024 * 1024) + " MB)");
    }
  }
}
