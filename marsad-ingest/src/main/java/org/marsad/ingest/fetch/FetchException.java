package org.marsad.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A fetch that did not produce a usable response, with the reason and the URL it stopped at. */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. */
  public enum Reason {
    /** The host resolves to a private, loopback or other non-public address. */
    BLOCKED_ADDRESS,
    /** The site's robots.txt disallows the URL for Marsad (or robots.txt is unreachable for now). */
    ROBOTS_DISALLOWED,
    /** The body, raw or decoded, exceeds the configured maximum. */
    TOO_LARGE,
    /** The connect or request timeout expired. */
    TIMEOUT,
    /** More redirects than allowed, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /** A final status other than 2xx or 304; see {@link #status()}. */
    HTTP_STATUS,
    /** Not an absolute http or https URL with a host, or a redirect to one. */
    BAD_URL,
    /** Name resolution, connection or transfer failure, including a body that does not decode. */
    NETWORK
  }

  private final Reason reason;
  private final URI url;
  private final int status;
  private final @Nullable Duration retryAfter;

  FetchException(Reason reason, URI url, String message) {
    this(reason, url, 0, null, message, null);
  }

  FetchException(Reason reason, URI url, String message, @Nullable Throwable cause) {
    this(reason, url, 0, null, message, cause);
  }

  FetchException(
      Reason reason, URI url, int status, @Nullable Duration retryAfter, String message, @Nullable Throwable cause) {
    super(reason + " " + url + ": " + message, cause);
    this.reason = reason;
    this.url = url;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** The URL the failure happened at: the requested one, or a redirect target. */
  public URI url() {
    return url;
  }

  /** The HTTP status for {@link Reason#HTTP_STATUS}; 0 when there was no status. */
  public int status() {
    return status;
  }

  /**
   * The wait the server asked for with {@code Retry-After} when it was longer than the fetcher is
   * willing to block, so the caller can reschedule.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
