package org.marsad.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP GET, no redirects and no retries: the {@link HttpClient} adapter. The request timeout
 * covers the whole exchange: the client's own timeout ends at the response headers, so a watchdog
 * closes the body stream when the rest of the time runs out, which unblocks the reading thread.
 *
 * <p>Thread-safe. Cleartext requests use HTTP/1.1 (an h2c upgrade attempt confuses some servers);
 * https negotiates HTTP/2 or 1.1. No proxy is ever used: a proxy would resolve names itself, past
 * the address guard.
 */
final class Exchange implements AutoCloseable {
  static final String ACCEPT_ENCODING = "gzip, deflate, br";
  private static final byte[] EMPTY = new byte[0];

  private final FetchConfig config;
  private final FetchClock clock;
  private final ExecutorService executor;
  private final ScheduledExecutorService watchdog;
  private final HttpClient client;

  Exchange(FetchConfig config, FetchClock clock) {
    this.config = config;
    this.clock = clock;
    this.executor = Executors.newCachedThreadPool(daemons("marsad-fetch-"));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(daemons("marsad-fetch-watchdog-"));
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY)
        .version(HttpClient.Version.HTTP_2)
        .executor(executor)
        .build();
  }

  /** True when the failure was a refused or timed-out connect: nothing reached the server. */
  static boolean isConnectFailure(FetchException e) {
    return e.getCause() instanceof ConnectException || e.getCause() instanceof HttpConnectTimeoutException;
  }

  Response send(URI url, Validators validators, long maxDecodedBytes, boolean truncate) throws FetchException {
    HttpRequest request = request(url, validators);
    long started = System.nanoTime();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException(FetchException.Reason.TIMEOUT, url, "no connection within " + config.connectTimeout(),
          e);
    } catch (HttpTimeoutException e) {
      throw new FetchException(FetchException.Reason.TIMEOUT, url, "no response within " + config.requestTimeout(), e);
    } catch (ConnectException e) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "cannot connect: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Reason.NETWORK, url, "interrupted", e);
    }
    Instant receivedAt = clock.now();
    try (InputStream in = response.body()) {
      int status = response.statusCode();
      byte[] body = status >= 200 && status < 300 ? readBody(url, response, in, started, maxDecodedBytes, truncate)
          : EMPTY;
      return new Response(url, status, response.headers(), body, receivedAt, List.of());
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.NETWORK, url, "closing the body failed: " + e, e);
    }
  }

  private HttpRequest request(URI url, Validators validators) throws FetchException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(url);
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchException.Reason.BAD_URL, url, String.valueOf(e.getMessage()), e);
    }
    builder.GET()
        .timeout(config.requestTimeout())
        .version("https".equalsIgnoreCase(url.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .header("User-Agent", config.userAgent())
        .header("Accept-Encoding", ACCEPT_ENCODING);
    if (validators.etag() != null) {
      builder.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      builder.header("If-Modified-Since", validators.lastModified());
    }
    return builder.build();
  }

  private byte[] readBody(URI url, HttpResponse<InputStream> response, InputStream in, long started,
      long maxDecodedBytes, boolean truncate) throws FetchException {
    long declared = declaredLength(response);
    if (declared > config.maxBodyBytes()) {
      throw new FetchException(FetchException.Reason.TOO_LARGE, url,
          "Content-Length " + declared + " is over the limit of " + config.maxBodyBytes());
    }
    long remaining = config.requestTimeout().toNanos() - (System.nanoTime() - started);
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm = watchdog.schedule(() -> {
      timedOut.set(true);
      closeQuietly(in);
    }, Math.max(remaining, 0), TimeUnit.NANOSECONDS);
    try {
      byte[] body = BodyReader.read(in, response.headers().allValues("content-encoding"), config.maxBodyBytes(),
          maxDecodedBytes, truncate, url);
      if (timedOut.get()) {
        throw timeout(url, null);
      }
      return body;
    } catch (FetchException e) {
      throw timedOut.get() ? timeout(url, e) : e;
    } catch (IOException | RuntimeException e) {
      // Decoders throw IOExceptions (ZipException, EOFException) and brotli also runtime exceptions.
      if (timedOut.get()) {
        throw timeout(url, e);
      }
      throw new FetchException(FetchException.Reason.NETWORK, url, "reading the body failed: " + e, e);
    } finally {
      alarm.cancel(false);
    }
  }

  private FetchException timeout(URI url, @Nullable Throwable cause) {
    return new FetchException(FetchException.Reason.TIMEOUT, url,
        "body not complete within " + config.requestTimeout(), cause);
  }

  private static long declaredLength(HttpResponse<?> response) {
    try {
      return response.headers().firstValueAsLong("content-length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // The reader sees the stream end either way; the timeout is what gets reported.
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the client's threads; requests in flight fail. */
  @Override
  public void close() {
    watchdog.shutdownNow();
    executor.shutdownNow();
  }
}
