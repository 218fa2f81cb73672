package org.marsad.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and a minimum gap between the end of one request and
 * the start of the next. A "host" is the lower-cased host name with its effective port, so the
 * origins {@code http://a:80} and {@code https://a:443} are separate but share nothing with other
 * hosts.
 *
 * <p>Thread-safe. Threads fetching the same host queue in arrival order (a fair lock); threads
 * fetching different hosts never wait for each other. The waiting thread holds its host's lock while
 * it sleeps out the gap, which is the point: nobody else may use that host meanwhile. Entries are
 * never evicted: Marsad follows a bounded list of sites.
 */
final class HostGate {
  private static final long MAX_GAP_NANOS = Duration.ofDays(1).toNanos();

  private final FetchClock clock;
  private final long minDelayNanos;
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  HostGate(FetchClock clock, Duration minDelay) {
    this.clock = clock;
    this.minDelayNanos = bounded(minDelay);
  }

  /** The politeness key of a URL: {@code host:port}. */
  static String keyOf(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    return host + ":" + port;
  }

  /** Waits for the host to be free and its gap to pass; the caller must close the permit. */
  Permit acquire(String host) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot(clock.nanoTime(), minDelayNanos));
    slot.lock.lockInterruptibly();
    try {
      long wait;
      while ((wait = slot.nextStartNanos - clock.nanoTime()) > 0) {
        clock.sleep(Duration.ofNanos(wait));
      }
    } catch (InterruptedException | RuntimeException e) {
      slot.lock.unlock();
      throw e;
    }
    return new Permit(slot);
  }

  /**
   * Sets the gap for one host (robots.txt crawl-delay), never below the configured one. The gap
   * after the request that just ended (the robots.txt itself) follows, so the first request after
   * it waits the new gap too.
   */
  void raiseDelay(String host, Duration delay) {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot(clock.nanoTime(), minDelayNanos));
    synchronized (slot) {
      slot.delayNanos = Math.max(minDelayNanos, bounded(delay));
      if (slot.lastEndNanos != Slot.NEVER) {
        slot.nextStartNanos = Math.max(slot.nextStartNanos, slot.lastEndNanos + slot.delayNanos);
      }
    }
  }

  /** The gap currently applied to a host. */
  Duration delayOf(String host) {
    Slot slot = slots.get(host);
    return Duration.ofNanos(slot == null ? minDelayNanos : slot.delayNanos);
  }

  private static long bounded(Duration gap) {
    return Math.max(0, Math.min(MAX_GAP_NANOS, FetchClock.saturatedNanos(gap)));
  }

  private static final class Slot {
    static final long NEVER = Long.MIN_VALUE;

    final ReentrantLock lock = new ReentrantLock(true);
    volatile long delayNanos;
    // Written under the slot's monitor (a permit's close, a raised delay); read by the lock holder,
    // who sleeps until it: a delay raised meanwhile makes it sleep on.
    volatile long nextStartNanos;
    long lastEndNanos = NEVER; // guarded by the slot's monitor

    Slot(long now, long delayNanos) {
      this.nextStartNanos = now;
      this.delayNanos = delayNanos;
    }
  }

  /** The right to send one request to a host; closing it starts the gap. */
  final class Permit implements AutoCloseable {
    private final Slot slot;
    private long extraNanos;
    private boolean closed;

    private Permit(Slot slot) {
      this.slot = slot;
    }

    /** Makes the next request to this host wait at least this long (a backoff or Retry-After). */
    void deferNext(Duration wait) {
      extraNanos = Math.max(extraNanos, bounded(wait));
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      long now = clock.nanoTime();
      synchronized (slot) {
        // Gaps are bounded by a day, so the sum cannot overflow.
        slot.lastEndNanos = now;
        slot.nextStartNanos = now + Math.max(slot.delayNanos, extraNanos);
      }
      slot.lock.unlock();
    }
  }
}
