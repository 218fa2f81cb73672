package org.marsad.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the HTTP API allows beyond reading.
 *
 * @param token the bearer token write endpoints require; empty turns them off
 * @param maxIngestMegabytes the largest body {@code POST /api/ingest} accepts
 */
public record ApiConfig(
    // Read from the file, never written out: `marsad config` prints the configuration in effect.
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String token, int maxIngestMegabytes) {
  /** Shorter tokens can be guessed; a generated one (openssl rand -hex 32) is 64 characters. */
  public static final int MIN_TOKEN_CHARS = 16;

  public ApiConfig {
    if (token == null) {
      token = "";
    }
    token = token.strip();
    if (!token.isEmpty() && token.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("api.token: use at least " + MIN_TOKEN_CHARS + " characters, got " + token.length());
    }
    ConfigChecks.positive("api.maxIngestMegabytes", maxIngestMegabytes);
    if (maxIngestMegabytes > 1024) {
      throw new IllegalArgumentException("api.maxIngestMegabytes: must be <= 1024, got " + maxIngestMegabytes);
    }
  }

  /** Read-only, with the default body limit. */
  public static ApiConfig readOnly() {
    return new ApiConfig("", 16);
  }

  public boolean writesEnabled() {
    return !token.isEmpty();
  }

  public long maxIngestBytes() {
    return maxIngestMegabytes * 1024L * 1024L;
  }

  /** Never prints the token, so logs and error messages cannot leak it. */
  @Override
  public String toString() {
    return "ApiConfig[token=" + (token.isEmpty() ? "(none)" : "(set)") + ", maxIngestMegabytes=" + maxIngestMegabytes + "]";
  }
}
