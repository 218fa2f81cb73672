package org.marsad.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Time as the fetcher sees it: the wall clock for timestamps and HTTP dates, a monotonic clock for
 * politeness gaps, and sleeping. Tests inject a fake whose sleeps advance time and are recorded, so
 * gaps and backoffs are asserted as requested durations, never measured.
 */
interface FetchClock {
  Instant now();

  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;

  FetchClock SYSTEM = new FetchClock() {
    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      TimeUnit.NANOSECONDS.sleep(Math.max(0, saturatedNanos(duration)));
    }
  };

  static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
