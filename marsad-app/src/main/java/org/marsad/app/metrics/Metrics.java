package org.marsad.app.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.marsad.store.UpsertResult;

/**
 * What the service counts: articles stored (by the API and by the feed follower), request
 * latencies per route, method and status, and gauges read when scraped. Written out in the
 * Prometheus text format 0.0.4. Thread-safe.
 */
public final class Metrics {
  /** Where an article came from. */
  public enum Via {
    API,
    FOLLOWER;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Upper bounds in seconds: a search takes milliseconds, an ingest of 16 MB several seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> stored = new ConcurrentSkipListMap<>();
  private final Map<String, Histogram> requests = new ConcurrentSkipListMap<>();
  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

  private record Gauge(String help, LongSupplier value) {}

  /** Counts one article upserted, under how it came and what the store did with it. */
  public void stored(Via via, UpsertResult result) {
    String labels = "via=\"" + via.label() + "\",result=\"" + result.name().toLowerCase(Locale.ROOT) + "\"";
    stored.computeIfAbsent(labels, k -> new LongAdder()).increment();
  }

  /**
   * Records one request. {@code route} must be the route's template (as {@code /api/articles/{id}}),
   * never the raw path, or each URL would become a series of its own.
   */
  public void request(String route, String method, int status, long nanos) {
    String labels = "route=\"" + escape(route) + "\",method=\"" + escape(method) + "\",status=\"" + status + "\"";
    requests.computeIfAbsent(labels, k -> new Histogram()).observe(nanos);
  }

  /** A value read when scraped, such as the store's size; {@code name} without the prefix. */
  public void gauge(String name, String help, LongSupplier value) {
    gauges.put(name, new Gauge(help, value));
  }

  /** The Prometheus text exposition (format 0.0.4) of everything counted so far. */
  public String prometheusText() {
    StringBuilder out = new StringBuilder(4096);
    header(out, "marsad_articles_stored_total", "counter", "Articles upserted, by where they came from and what the store did.");
    stored.forEach((labels, n) -> out.append("marsad_articles_stored_total{").append(labels).append("} ").append(n.sum()).append('\n'));
    String h = "marsad_http_request_duration_seconds";
    header(out, h, "histogram", "HTTP request latency by route template, method and status.");
    requests.forEach((labels, histogram) -> histogram.write(out, h, labels));
    List<String> names = new ArrayList<>(gauges.keySet());
    names.sort(null);
    for (String name : names) {
      Gauge g = gauges.get(name);
      header(out, "marsad_" + name, "gauge", g.help());
      out.append("marsad_").append(name).append(' ').append(g.value().getAsLong()).append('\n');
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  /** Label values escape backslash, quote and newline (the exposition format's rule). */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Fixed buckets; counts are per bucket and summed (made cumulative) only when written. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sumNanos.add(nanos);
    }

    void write(StringBuilder out, String name, String labels) {
      long cumulative = 0;
      for (int i = 0; i < counts.length; i++) {
        cumulative += counts[i].sum();
        String le = i < BUCKETS.length ? Double.toString(BUCKETS[i]) : "+Inf";
        out.append(name).append("_bucket{").append(labels).append(",le=\"").append(le).append("\"} ").append(cumulative).append('\n');
      }
      out.append(name).append("_sum{").append(labels).append("} ").append(sumNanos.sum() / 1e9).append('\n');
      out.append(name).append("_count{").append(labels).append("} ").append(cumulative).append('\n');
    }
  }
}
