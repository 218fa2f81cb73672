package org.marsad.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps on it, and remembers every sleep asked of it. */
final class FakeClock implements FetchClock {
  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public Instant now() {
    return START.plusNanos(nanos.get());
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
