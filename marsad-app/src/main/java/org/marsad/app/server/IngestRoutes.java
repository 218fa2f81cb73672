package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ApiConfig;
import org.marsad.app.ingest.BodyIngester;
import org.marsad.app.metrics.Metrics;
import org.marsad.app.server.Route.Param;
import org.marsad.model.Diagnostic;
import org.marsad.app.stories.Storage;

/**
 * {@code POST /api/ingest}: one document in the body (an aggregator page, an HTML page, a feed or
 * JSON records), read into the store and committed before the answer. Needs the bearer token of
 * {@code api.token}; without one configured, writes are off.
 *
 * <p>A body that holds no article is still answered 200, with nothing stored and the reasons in
 * {@code diagnostics}: readers report bad content rather than fail, and a JSONL body with some bad
 * lines stores the good ones, so "some" and "none" are told apart by the counts, not the status.
 * Only an empty body, a bad {@code url} or a body over the limit are refused (400, 400, 413).
 */
final class IngestRoutes implements RouteGroup {
  static final List<String> BODY_TYPES = List.of("text/plain", "text/html", "application/json", "application/x-ndjson",
      "application/rss+xml", "application/atom+xml", "application/gzip", "application/octet-stream");

  private final ApiConfig config;
  private final BodyIngester ingester;
  private final byte @Nullable [] tokenDigest;

  IngestRoutes(Storage store, ApiConfig config, Metrics metrics) {
    this.config = config;
    this.ingester = new BodyIngester(store, r -> metrics.stored(Metrics.Via.API, r));
    this.tokenDigest = config.writesEnabled() ? sha256(config.token()) : null;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.post("/api/ingest", this::ingest, new Route.Doc(
        "Store the articles of one document: the media type, else the first bytes, choose the reader",
        List.of(Param.query("url", "string", "the page's URL, for an HTML body (a canonical URL inside wins)")),
        Map.of(200, "{kind, read, stored (new), updated, unchanged, diagnostics: [{severity, where, message}], diagnosticsDropped};"
                + " a body without articles is 200 with nothing stored and the reasons in diagnostics",
            400, "empty body or bad url", 401, "missing or wrong bearer token",
            403, "writes are off: no api.token configured", 413, "body over api.maxIngestMegabytes"),
        BODY_TYPES, "application/json")));
  }

  private void ingest(Context ctx) throws IOException {
    authorize(ctx);
    byte[] body = body(ctx);
    if (body.length == 0) {
      throw ApiException.badRequest("empty body: send a page, an HTML document, a feed or JSON records");
    }
    BodyIngester.Result r = ingester.ingest(body, ctx.contentType(), url(ctx));
    ObjectNode n = Json.object();
    n.put("kind", r.kind());
    n.put("read", r.read());
    n.put("stored", r.stored());
    n.put("updated", r.updated());
    n.put("unchanged", r.unchanged());
    ArrayNode list = n.putArray("diagnostics");
    for (Diagnostic d : r.diagnostics()) {
      list.addObject().put("severity", d.severity().name().toLowerCase(Locale.ROOT)).put("where", d.where()).put("message", d.message());
    }
    n.put("diagnosticsDropped", r.diagnosticsDropped());
    Json.send(ctx, n);
  }

  private void authorize(Context ctx) {
    byte[] expected = tokenDigest;
    if (expected == null) {
      throw new ApiException(403, "writes are off",
          "set api.token in marsad.yaml (at least " + ApiConfig.MIN_TOKEN_CHARS + " characters, e.g. `openssl rand -hex 32`)"
              + " and send it as `Authorization: Bearer TOKEN`", Map.of());
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    // Digests of equal length compared in constant time: neither the token nor its length leaks by timing.
    if (given == null || !MessageDigest.isEqual(expected, sha256(given))) {
      throw new ApiException(401, "unauthorized",
          given == null ? "send the token of api.token as `Authorization: Bearer TOKEN`" : "wrong token",
          Map.of("WWW-Authenticate", "Bearer realm=\"marsad\""));
    }
  }

  /** The body, refused with 413 as soon as it is known to be over the limit. */
  private byte[] body(Context ctx) throws IOException {
    long max = config.maxIngestBytes();
    if (ctx.contentLength() > max) {
      throw tooLarge(max);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw tooLarge(max);
      }
      return body;
    }
  }

  private ApiException tooLarge(long max) {
    return new ApiException(413, "body too large",
        "at most " + config.maxIngestMegabytes() + " MB (" + max + " bytes); raise api.maxIngestMegabytes or split the input", Map.of());
  }

  private static @Nullable URI url(Context ctx) {
    String v = Params.text(ctx, "url");
    if (v == null) {
      return null;
    }
    try {
      URI u = new URI(v);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw ApiException.badRequest("url: not an absolute http(s) URL: " + v);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
