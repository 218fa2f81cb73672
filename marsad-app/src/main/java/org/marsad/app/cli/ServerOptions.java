package org.marsad.app.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The flags {@code up} and {@code serve} share; each overrides its key of {@code marsad.yaml}. */
final class ServerOptions {
  @Option(names = "--host", description = "Address to listen on (default: server.host, 127.0.0.1).")
  @Nullable String host;

  @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: server.port, 8080).")
  @Nullable Integer port;
}
