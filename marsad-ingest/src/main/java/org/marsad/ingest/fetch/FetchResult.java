package org.marsad.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One successful fetch.
 *
 * @param requestedUrl the URL given to {@link Fetcher#get}
 * @param finalUrl the URL that answered, after redirects
 * @param status the final HTTP status: a 2xx, or 304 when {@code notModified}
 * @param contentType the {@code Content-Type} header exactly as received, charset included and
 *     unchecked; decoding the text is the reader's job
 * @param body the body after Content-Encoding was undone; empty for a 304. The array is handed
 *     over, not copied: treat it as read-only
 * @param validators the response's {@code ETag} and {@code Last-Modified}; on a 304, the ones the
 *     server sent, or else the ones that were sent with the request
 * @param notModified true when the server answered 304 to a conditional GET
 * @param fetchedAt when the final response arrived
 * @param redirects each Location followed, in order; empty without redirects, else its last element
 *     is {@code finalUrl}
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    @Nullable String contentType,
    byte[] body,
    Validators validators,
    boolean notModified,
    Instant fetchedAt,
    List<URI> redirects) {

  public FetchResult {
    redirects = List.copyOf(redirects);
  }

  @Override
  public String toString() {
    return "FetchResult[" + finalUrl + " " + status + (notModified ? " not modified" : "") + ", " + body.length
        + " bytes, " + contentType + "]";
  }
}
