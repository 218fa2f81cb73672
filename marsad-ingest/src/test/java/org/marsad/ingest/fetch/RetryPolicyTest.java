package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

  @Test
  void backoffDoublesWithEqualJitter() {
    RetryPolicy lowest = new RetryPolicy(3, Duration.ofSeconds(1), () -> 0.0);
    RetryPolicy highest = new RetryPolicy(3, Duration.ofSeconds(1), () -> 1.0);

    assertThat(lowest.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(highest.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(lowest.backoff(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(highest.backoff(3)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void backoffIsCappedAndNeverOverflows() {
    RetryPolicy policy = new RetryPolicy(100, Duration.ofSeconds(1), () -> 1.0);

    assertThat(policy.backoff(40)).isEqualTo(RetryPolicy.MAX_BACKOFF);
    assertThat(policy.backoff(Integer.MAX_VALUE)).isEqualTo(RetryPolicy.MAX_BACKOFF);
  }

  @Test
  void retryAfterGivenTakesThePlaceOfTheBackoff() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), () -> 0.0);

    assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(9)))).isEqualTo(Duration.ofSeconds(9));
    assertThat(policy.delay(1, Optional.empty())).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).contains(Duration.ofSeconds(37));
    assertThat(RetryPolicy.parseRetryAfter("Sun, 06 Nov 1994 08:48:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("99999999999999999999", NOW).orElseThrow())
        .isGreaterThan(RetryPolicy.MAX_RETRY_AFTER);
    assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(RetryPolicy.parseRetryAfter("-5", NOW)).isEmpty();
  }

  @Test
  void retryableStatuses() {
    assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(501)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(404)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(403)).isFalse();
  }
}
