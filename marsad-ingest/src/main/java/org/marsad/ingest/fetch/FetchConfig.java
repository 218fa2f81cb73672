package org.marsad.ingest.fetch;

import java.time.Duration;
import java.util.Locale;

/**
 * How {@link Fetcher} behaves. Validated on construction; change one setting with the {@code withX}
 * methods.
 *
 * @param userAgent the {@code User-Agent} header; its product token (before the first {@code /})
 *     is the name matched in robots.txt
 * @param connectTimeout the limit on opening a connection
 * @param requestTimeout the limit on one request, from sending it to the last byte of the body
 * @param maxBodyBytes the largest body accepted, both as received and after decoding
 * @param maxRedirects the most redirects followed for one fetch
 * @param minDelayPerHost the least time between the end of one request to a host and the start of
 *     the next; robots.txt's crawl-delay may raise it for a host
 * @param maxRetries how many times a 429, a 5xx or a failed connect is retried
 * @param retryBaseDelay the first retry's backoff, doubled for each further retry, with jitter
 * @param allowPrivateAddresses whether loopback, private and other non-public addresses may be
 *     fetched (tests; never for URLs taken from the web)
 * @param obeyRobots whether robots.txt is fetched and obeyed
 */
public record FetchConfig(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    Duration minDelayPerHost,
    int maxRetries,
    Duration retryBaseDelay,
    boolean allowPrivateAddresses,
    boolean obeyRobots) {

  public static final String DEFAULT_USER_AGENT = "Marsad/0.1 (+https://github.com/marsad; Arabic news monitor)";

  public FetchConfig {
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgent must be non-blank printable ASCII: " + userAgent);
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    requireNotNegative(minDelayPerHost, "minDelayPerHost");
    requireNotNegative(retryBaseDelay, "retryBaseDelay");
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBodyBytes must be in 1..2^31-17 (a byte array holds the body): "
          + maxBodyBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
    }
  }

  /** Marsad's defaults: 10 s connect, 30 s request, 10 MB, 5 redirects, 2 s per host, 3 retries from 1 s. */
  public static FetchConfig defaults() {
    return new FetchConfig(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
        Duration.ofSeconds(2), 3, Duration.ofSeconds(1), false, true);
  }

  /** The product token of the User-Agent, lower-cased: the name robots.txt groups are matched against. */
  public String robotsName() {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(Locale.ROOT);
  }

  public FetchConfig withUserAgent(String value) {
    return new FetchConfig(value, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withConnectTimeout(Duration value) {
    return new FetchConfig(userAgent, value, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withRequestTimeout(Duration value) {
    return new FetchConfig(userAgent, connectTimeout, value, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withMaxBodyBytes(long value) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, value, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withMaxRedirects(int value) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, value, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withMinDelayPerHost(Duration value) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, value,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withMaxRetries(int value) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        value, retryBaseDelay, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withRetryBaseDelay(Duration value) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, value, allowPrivateAddresses, obeyRobots);
  }

  public FetchConfig withAllowPrivateAddresses(boolean allow) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allow, obeyRobots);
  }

  public FetchConfig withObeyRobots(boolean obey) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, minDelayPerHost,
        maxRetries, retryBaseDelay, allowPrivateAddresses, obey);
  }

  private static void requirePositive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static void requireNotNegative(Duration value, String name) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }
}
