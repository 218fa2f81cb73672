package org.marsad.ingest.fetch;

import org.jspecify.annotations.Nullable;

/**
 * The cache validators of a response, sent back on the next request to the same URL so the server
 * can answer {@code 304 Not Modified}.
 *
 * @param etag the {@code ETag} header exactly as received (quotes and {@code W/} included)
 * @param lastModified the {@code Last-Modified} header exactly as received
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);

  public Validators {
    requireHeaderSafe(etag, "etag");
    requireHeaderSafe(lastModified, "lastModified");
  }

  /** True when neither validator is present. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  private static void requireHeaderSafe(@Nullable String value, String name) {
    if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
      throw new IllegalArgumentException(name + " must not contain CR or LF");
    }
  }
}
