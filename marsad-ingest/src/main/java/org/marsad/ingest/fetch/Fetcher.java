package org.marsad.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.urls.UrlNormalizer;

/**
 * Fetches feeds and pages politely and defensively; see the package description for what that
 * means. Order of checks on every hop, redirects included: URL scheme, address guard, robots.txt,
 * then the host's politeness gate, then the request (retried on 429, 5xx and failed connects).
 *
 * <p>Thread-safe: share one instance. Calls for different hosts run in parallel; calls for the same
 * host take turns. Close it to stop its threads.
 */
public final class Fetcher implements AutoCloseable {
  private final FetchConfig config;
  private final FetchClock clock;
  private final @Nullable AddressGuard guard;
  private final HostGate gate;
  private final RetryPolicy retries;
  private final RobotsPolicy robots;
  private final Exchange exchange;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A fetcher on the real clock and the system resolver. */
  public Fetcher(FetchConfig config) {
    this(config, FetchClock.SYSTEM, AddressGuard.forConfig(config));
  }

  /**
   * For tests: an injected clock, and the address guard to apply ({@code null}: none), which
   * replaces the one {@code config.allowPrivateAddresses()} would choose.
   */
  Fetcher(FetchConfig config, FetchClock clock, @Nullable AddressGuard guard) {
    this.config = config;
    this.clock = clock;
    this.guard = guard;
    this.gate = new HostGate(clock, config.minDelayPerHost());
    this.retries = new RetryPolicy(config.maxRetries(), config.retryBaseDelay(),
        () -> ThreadLocalRandom.current().nextDouble());
    this.robots = new RobotsPolicy(
        url -> follow(url, Validators.NONE, false, RobotsPolicy.MAX_ROBOTS_BYTES, true), gate, clock,
        config.robotsName());
    this.exchange = new Exchange(config, clock);
  }

  public FetchConfig config() {
    return config;
  }

  /** The robots.txt rules this fetcher obeys (when {@code obeyRobots}), for asking ahead. */
  public RobotsPolicy robots() {
    return robots;
  }

  /** An unconditional GET. */
  public FetchResult get(URI url) throws FetchException {
    return get(url, Validators.NONE);
  }

  /**
   * A GET, conditional when validators are given ({@code If-None-Match}, {@code If-Modified-Since}):
   * a 304 comes back as {@code notModified} with an empty body. The validators go with every hop of
   * a redirect chain, since they were most likely recorded from the final URL of an earlier fetch.
   * Blocks while the host's turn comes (politeness), and during retries.
   *
   * @throws FetchException for anything but a final 2xx or 304, with the reason; an interrupt ends
   *     the fetch as {@code NETWORK} with the thread's interrupt flag set again
   * @throws IllegalStateException after {@link #close()}
   */
  public FetchResult get(URI url, Validators validators) throws FetchException {
    if (closed.get()) {
      throw new IllegalStateException("fetcher is closed");
    }
    Response response = follow(checked(url), validators, config.obeyRobots(), config.maxBodyBytes(), false);
    int status = response.status();
    HttpHeaders headers = response.headers();
    String contentType = headers.firstValue("content-type").orElse(null);
    Validators received = new Validators(headers.firstValue("etag").orElse(null),
        headers.firstValue("last-modified").orElse(null));
    if (status == 304) {
      Validators echoed = new Validators(received.etag() != null ? received.etag() : validators.etag(),
          received.lastModified() != null ? received.lastModified() : validators.lastModified());
      return new FetchResult(url, response.url(), status, contentType, new byte[0], echoed, true,
          response.receivedAt(), response.redirects());
    }
    if (status >= 200 && status < 300) {
      return new FetchResult(url, response.url(), status, contentType, response.body(), received, false,
          response.receivedAt(), response.redirects());
    }
    Duration tooLong = retryAfter(response).filter(d -> d.compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0).orElse(null);
    throw new FetchException(FetchException.Reason.HTTP_STATUS, response.url(), status, tooLong, "HTTP " + status
        + (tooLong == null ? "" : ", Retry-After " + tooLong), null);
  }

  /** Follows redirects from {@code start}, checking every hop; returns the last response, any status. */
  private Response follow(URI start, Validators validators, boolean obeyRobots, long maxDecodedBytes,
      boolean truncate) throws FetchException {
    URI current = start;
    List<URI> redirects = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(sameness(current)));
    while (true) {
      if (guard != null) {
        guard.check(current);
      }
      if (obeyRobots && !robots.allowed(current)) {
        throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED, current,
            "robots.txt disallows it for " + config.robotsName());
      }
      Response response = withRetries(current, validators, maxDecodedBytes, truncate);
      Optional<String> location = isRedirect(response.status()) ? response.headers().firstValue("location")
          : Optional.empty();
      if (location.isEmpty()) {
        return response.withRedirects(redirects);
      }
      URI next = checked(Locations.resolve(current, location.get()));
      if (!seen.add(sameness(next))) {
        throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, next, "redirect loop after " + redirects);
      }
      if (redirects.size() >= config.maxRedirects()) {
        throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, next,
            "more than " + config.maxRedirects() + " redirects");
      }
      redirects.add(next);
      current = next;
    }
  }

  /**
   * What two URLs share when they name the same resource (case of scheme and host, default port,
   * dot segments, percent-encoding), so a redirect loop is seen through such differences.
   */
  private static String sameness(URI url) {
    return UrlNormalizer.normalize(url.toString()).orElse(url.normalize().toString());
  }

  private Response withRetries(URI url, Validators validators, long maxDecodedBytes, boolean truncate)
      throws FetchException {
    String host = HostGate.keyOf(url);
    for (int retry = 0; ; retry++) {
      try (HostGate.Permit permit = acquire(host, url)) {
        Response response;
        try {
          response = exchange.send(url, validators, maxDecodedBytes, truncate);
        } catch (FetchException e) {
          if (!Exchange.isConnectFailure(e) || retry >= retries.maxRetries()) {
            throw e;
          }
          permit.deferNext(retries.backoff(retry + 1));
          continue;
        }
        if (!RetryPolicy.isRetryableStatus(response.status()) || retry >= retries.maxRetries()) {
          return response;
        }
        Optional<Duration> retryAfter = retryAfter(response);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0) {
          return response;
        }
        // The wait is spent in the gate, so other requests to this host wait it out too.
        permit.deferNext(retries.delay(retry + 1, retryAfter));
      }
    }
  }

  private HostGate.Permit acquire(String host, URI url) throws FetchException {
    try {
      return gate.acquire(host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Reason.NETWORK, url, "interrupted while waiting for " + host, e);
    }
  }

  private Optional<Duration> retryAfter(Response response) {
    return response.headers().firstValue("retry-after").flatMap(v -> RetryPolicy.parseRetryAfter(v, clock.now()));
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** An absolute http(s) URL with a host, without its fragment (never sent). */
  static URI checked(URI url) throws FetchException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(FetchException.Reason.BAD_URL, url, "only http and https are fetched");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new FetchException(FetchException.Reason.BAD_URL, url, "no host (or one java.net.URI cannot parse)");
    }
    if (url.getRawFragment() == null) {
      return url;
    }
    String text = url.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  /**
   * Stops the fetcher's threads; fetches in flight fail. (Java 17's HttpClient cannot be closed: its
   * selector thread ends when the client is garbage-collected.)
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      exchange.close();
    }
  }
}
