package org.marsad.ingest.fetch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait first. Retried: 429, the 5xx statuses except 501 and 505
 * (which will not change on retry), and failed connects. The wait is exponential with "equal
 * jitter" (half fixed, half random, so simultaneous failures spread out but never retry at once),
 * or exactly what {@code Retry-After} asks for when the server says.
 *
 * <p>A {@code Retry-After} longer than {@link #MAX_RETRY_AFTER} is not waited out: blocking a
 * thread that long is worse than failing, so the fetch fails with the wait in
 * {@link FetchException#retryAfter()} for the caller to reschedule.
 *
 * <p>Thread-safe if the random source is.
 */
final class RetryPolicy {
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final int maxRetries;
  private final Duration base;
  private final DoubleSupplier random;

  /**
   * @param random uniform values in [0, 1)
   */
  RetryPolicy(int maxRetries, Duration base, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.base = base;
    this.random = random;
  }

  int maxRetries() {
    return maxRetries;
  }

  static boolean isRetryableStatus(int status) {
    return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
  }

  /** The backoff before retry number {@code retry} (1 for the first retry). */
  Duration backoff(int retry) {
    int doublings = Math.min(Math.max(retry - 1, 0), 30);
    Duration full = base.multipliedBy(1L << doublings);
    if (full.compareTo(MAX_BACKOFF) > 0) {
      full = MAX_BACKOFF;
    }
    Duration half = full.dividedBy(2);
    return half.plus(Duration.ofNanos((long) (random.getAsDouble() * full.minus(half).toNanos())));
  }

  /**
   * The wait before retry number {@code retry} after a retryable status: the server's
   * {@code Retry-After} when it gave a usable one, else the backoff.
   */
  Duration delay(int retry, Optional<Duration> retryAfter) {
    return retryAfter.orElseGet(() -> backoff(retry));
  }

  /**
   * Parses {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110, section 10.2.3), relative to
   * {@code now}. A date in the past means no wait; an unparseable value is ignored.
   */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Clamp absurd values rather than overflow; anything past the cap is refused anyway.
      long seconds = text.length() > 9 ? 999_999_999 : Long.parseLong(text);
      return Optional.of(Duration.ofSeconds(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
