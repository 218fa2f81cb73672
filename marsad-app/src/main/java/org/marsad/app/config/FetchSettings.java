package org.marsad.app.config;

import java.time.Duration;
import org.marsad.ingest.fetch.FetchConfig;

/** The fetcher's settings as written in {@code marsad.yaml}, in whole seconds and megabytes. */
public record FetchSettings(
    String userAgent,
    int connectTimeoutSeconds,
    int requestTimeoutSeconds,
    int maxBodyMegabytes,
    int maxRedirects,
    int minDelayPerHostSeconds,
    int maxRetries,
    boolean allowPrivateAddresses,
    boolean obeyRobots) {
  public FetchSettings {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("fetch.userAgent: must not be blank");
    }
    ConfigChecks.positive("fetch.connectTimeoutSeconds", connectTimeoutSeconds);
    ConfigChecks.positive("fetch.requestTimeoutSeconds", requestTimeoutSeconds);
    ConfigChecks.positive("fetch.maxBodyMegabytes", maxBodyMegabytes);
    ConfigChecks.atLeastZero("fetch.maxRedirects", maxRedirects);
    ConfigChecks.atLeastZero("fetch.minDelayPerHostSeconds", minDelayPerHostSeconds);
    ConfigChecks.atLeastZero("fetch.maxRetries", maxRetries);
  }

  public FetchSettings withAllowPrivateAddresses(boolean allow) {
    return new FetchSettings(
        userAgent, connectTimeoutSeconds, requestTimeoutSeconds, maxBodyMegabytes, maxRedirects,
        minDelayPerHostSeconds, maxRetries, allow, obeyRobots);
  }

  /** The fetcher's configuration these settings describe. */
  public FetchConfig toFetchConfig() {
    return new FetchConfig(
        userAgent,
        Duration.ofSeconds(connectTimeoutSeconds),
        Duration.ofSeconds(requestTimeoutSeconds),
        maxBodyMegabytes * 1024L * 1024L,
        maxRedirects,
        Duration.ofSeconds(minDelayPerHostSeconds),
        maxRetries,
        Duration.ofSeconds(1),
        allowPrivateAddresses,
        obeyRobots);
  }
}
