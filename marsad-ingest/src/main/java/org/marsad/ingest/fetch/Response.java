package org.marsad.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;

/**
 * One HTTP response as the fetcher's layers pass it on: any status, the body read only for a 2xx.
 *
 * @param url the URL that answered
 * @param redirects the Locations followed to get here (empty for a single exchange)
 */
record Response(URI url, int status, HttpHeaders headers, byte[] body, Instant receivedAt, List<URI> redirects) {
  Response {
    redirects = List.copyOf(redirects);
  }

  Response withRedirects(List<URI> followed) {
    return new Response(url, status, headers, body, receivedAt, followed);
  }
}
