package org.marsad.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a free port, with a thread per request so that concurrent
 * requests really are concurrent. It records every request it sees; unknown paths get a 404.
 *
 * <p>forbiddenapis lists {@code com.sun.net.httpserver} as non-portable (it is a JDK module, not
 * Java SE); it is the only real HTTP server at hand without a dependency, so it is confined to this
 * class and tests see {@link Exchange}.
 */
@SuppressForbidden
final class TestServer implements AutoCloseable {
  /** What the server saw. */
  record Seen(String path, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse("");
    }
  }

  /** One request being answered. */
  @SuppressForbidden
  static final class Exchange {
    private final HttpExchange exchange;

    private Exchange(HttpExchange exchange) {
      this.exchange = exchange;
    }

    String header(String name) {
      String value = exchange.getRequestHeaders().getFirst(name);
      return value == null ? "" : value;
    }

    String path() {
      return exchange.getRequestURI().getRawPath();
    }

    /** Sends the status and headers (name, value pairs); {@code length} 0 means chunked, -1 no body. */
    OutputStream start(int status, long length, String... headers) throws IOException {
      for (int i = 0; i + 1 < headers.length; i += 2) {
        exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
      }
      exchange.sendResponseHeaders(status, length);
      return exchange.getResponseBody();
    }

    void send(int status, byte[] body, String... headers) throws IOException {
      boolean noBody = body.length == 0 || status == 304 || status == 204;
      try (OutputStream out = start(status, noBody ? -1 : body.length, headers)) {
        out.write(body);
      }
    }
  }

  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** Serves {@code path} (and, as the JDK server matches decoded path prefixes, paths under it). */
  TestServer on(String path, Handler handler) {
    server.createContext(path, exchange -> {
      seen.add(new Seen(exchange.getRequestURI().getRawPath(), Map.copyOf(exchange.getRequestHeaders())));
      try {
        handler.handle(new Exchange(exchange));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Serves fixed bytes with a status and headers given as name, value pairs. */
  TestServer serve(String path, int status, byte[] body, String... headers) {
    return on(path, exchange -> exchange.send(status, body, headers));
  }

  /** Requests seen on served paths (not the default 404s), in arrival order. */
  List<Seen> seen() {
    return List.copyOf(seen);
  }

  long count(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).count();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
