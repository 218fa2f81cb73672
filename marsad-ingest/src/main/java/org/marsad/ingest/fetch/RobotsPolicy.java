package org.marsad.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * robots.txt, per origin (scheme, host and port, as RFC 9309 scopes it), fetched on first use through
 * the fetcher (so through the address guard and the host's politeness gate) and kept for a day.
 *
 * <p>Outcomes follow RFC 9309, section 2.3.1: a 2xx is parsed with crawler-commons for the
 * User-Agent's product token ({@code marsad}); any other 4xx means there are no rules (allow all);
 * a 5xx, a 429 or an unreachable server means disallow all for now, retried after
 * {@link #FAILURE_TTL}, unless an earlier copy was fetched, which is then kept in use. Too many
 * redirects count as "unavailable" (allow all), as the RFC permits. A crawl-delay raises the host's
 * gap in the politeness gate, capped at {@link #MAX_CRAWL_DELAY} so that no thread blocks longer;
 * a site asking for 60 s to 5 min is therefore fetched faster than it asked. Past 5 min,
 * crawler-commons turns the rules into "disallow all" (its {@code maxCrawlDelay}), and we keep that.
 *
 * <p>Thread-safe: one thread fetches a site's robots.txt while the others asking about that site wait;
 * sites do not wait for each other. Entries are never evicted (Marsad follows a bounded list of sites).
 */
public final class RobotsPolicy {
  static final Duration TTL = Duration.ofHours(24);
  static final Duration FAILURE_TTL = Duration.ofMinutes(10);
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
  /** RFC 9309 asks crawlers to parse at least 500 KiB; the rest is ignored. */
  static final int MAX_ROBOTS_BYTES = 512 * 1024;

  /** Fetches a robots.txt URL, following redirects but not consulting robots.txt. */
  @FunctionalInterface
  interface Source {
    Response fetch(URI robotsUrl) throws FetchException;
  }

  private final Source source;
  private final HostGate gate;
  private final FetchClock clock;
  private final String robotName;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  RobotsPolicy(Source source, HostGate gate, FetchClock clock, String robotName) {
    this.source = source;
    this.gate = gate;
    this.clock = clock;
    this.robotName = robotName;
  }

  /**
   * Whether robots.txt lets Marsad fetch the URL; fetches robots.txt first if it is not cached. False
   * for URLs that are not http or https with a host.
   */
  public boolean allowed(URI url) {
    BaseRobotRules rules = rulesFor(url);
    return rules != null && rules.isAllowed(url.toString());
  }

  /** The crawl-delay robots.txt asks of Marsad for the URL's site, if any (before the cap). */
  public Optional<Duration> crawlDelay(URI url) {
    BaseRobotRules rules = rulesFor(url);
    if (rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY || rules.getCrawlDelay() < 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(rules.getCrawlDelay()));
  }

  private @Nullable BaseRobotRules rulesFor(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      return null;
    }
    String hostKey = HostGate.keyOf(url);
    String origin = scheme + "://" + hostKey;
    Entry entry = entries.computeIfAbsent(origin, o -> new Entry());
    entry.lock.lock();
    try {
      Instant now = clock.now();
      if (entry.rules == null || !now.isBefore(entry.expires)) {
        refresh(entry, URI.create(origin + "/robots.txt"), now);
        long delay = entry.rules.getCrawlDelay();
        if (delay > 0) {
          Duration capped = Duration.ofMillis(delay);
          gate.raiseDelay(hostKey, capped.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : capped);
        }
      }
      return entry.rules;
    } finally {
      entry.lock.unlock();
    }
  }

  private void refresh(Entry entry, URI robotsUrl, Instant now) {
    Response response;
    try {
      response = source.fetch(robotsUrl);
    } catch (FetchException e) {
      if (e.reason() == FetchException.Reason.TOO_MANY_REDIRECTS) {
        entry.set(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), now.plus(TTL), true);
      } else {
        unreachable(entry, now);
      }
      return;
    }
    int status = response.status();
    if (status >= 200 && status < 300) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser(); // keeps per-parse state: one each time
      BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), response.body(),
          response.headers().firstValue("content-type").orElse("text/plain"), List.of(robotName));
      entry.set(rules, now.plus(TTL), true);
    } else if (status == 429 || status >= 500) {
      unreachable(entry, now);
    } else {
      entry.set(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), now.plus(TTL), true);
    }
  }

  private static void unreachable(Entry entry, Instant now) {
    if (entry.rules != null && entry.fetched) {
      entry.expires = now.plus(FAILURE_TTL); // keep the last good copy a while longer
    } else {
      entry.set(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), now.plus(FAILURE_TTL), false);
    }
  }

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    @Nullable BaseRobotRules rules; // guarded by lock
    Instant expires = Instant.MIN;
    boolean fetched;

    void set(BaseRobotRules rules, Instant expires, boolean fetched) {
      this.rules = rules;
      this.expires = expires;
      this.fetched = fetched;
    }
  }
}
