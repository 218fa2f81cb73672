package org.marsad.eval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * Latency percentiles and throughput of one timed run.
 *
 * @param p50Ms median latency in milliseconds
 * @param p95Ms 95th percentile latency in milliseconds
 * @param p99Ms 99th percentile latency in milliseconds
 * @param qps queries completed per second of wall time, all clients together
 */
public record Latencies(double p50Ms, double p95Ms, double p99Ms, double qps) {

  /**
   * Percentiles by nearest rank (the smallest latency at or above which {@code p}% of them fall;
   * no interpolation, so every figure is a latency that was measured).
   *
   * @param nanos one latency per query, in nanoseconds; not modified
   * @param wallNanos wall time of the whole run, in nanoseconds
   */
  public static Latencies of(long[] nanos, long wallNanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("nanos: must hold at least one latency");
    }
    if (wallNanos <= 0) {
      throw new IllegalArgumentException("wallNanos: must be > 0, got " + wallNanos);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        ms(nearestRank(sorted, 50)), ms(nearestRank(sorted, 95)), ms(nearestRank(sorted, 99)), nanos.length / (wallNanos / 1e9));
  }

  /** The value at rank ⌈p/100 · n⌉ (1-based) of a sorted array. */
  static long nearestRank(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  public ObjectNode toJson(ObjectNode n) {
    n.put("p50Ms", Math.round(p50Ms * 1000) / 1000.0);
    n.put("p95Ms", Math.round(p95Ms * 1000) / 1000.0);
    n.put("p99Ms", Math.round(p99Ms * 1000) / 1000.0);
    n.put("qps", Math.round(qps * 10) / 10.0);
    return n;
  }
}
