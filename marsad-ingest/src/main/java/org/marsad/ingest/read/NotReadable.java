package org.marsad.ingest.read;

import java.io.IOException;

/**
 * A document no reader can take as a whole: empty, binary, too large, or a sitemap (which lists
 * pages to fetch rather than holding articles). The message says why, for the user.
 */
public final class NotReadable extends IOException {
  public NotReadable(String message) {
    super(message);
  }
}
