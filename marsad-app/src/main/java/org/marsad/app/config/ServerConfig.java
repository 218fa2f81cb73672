package org.marsad.app.config;

/** Where the HTTP server listens. */
public record ServerConfig(String host, int port) {
  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("server.host: must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("server.port: must be 0..65535, got " + port);
    }
  }
}
