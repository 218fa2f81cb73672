package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.app.config.ApiConfig;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.metrics.Metrics;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.RelatedRef;
import org.marsad.store.codec.ArticleJson;
import org.marsad.app.stories.Storage;

/** A store and a server over it on a random port of 127.0.0.1, with an HTTP client. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";

  final Storage store;
  final ApiServer server;
  final Metrics metrics = new Metrics();
  final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, ApiConfig api) throws IOException {
    store = Storage.open(dir, m -> {});
    server = new ApiServer(store, List::of, new ServerConfig("127.0.0.1", 0), api, metrics, List.of());
    base = server.start();
  }

  static TestServer writable(Path dir) throws IOException {
    return new TestServer(dir, new ApiConfig(TOKEN, 1));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  /** GETs {@code path}, checks the status and that the answer is JSON, and parses it. */
  JsonNode get(String path, int status) throws IOException, InterruptedException {
    return json(send(request(path)), status);
  }

  JsonNode post(String path, @Nullable String token, @Nullable String contentType, byte[] body, int status)
      throws IOException, InterruptedException {
    HttpRequest.Builder r = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    return json(send(r), status);
  }

  static JsonNode json(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + ": " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return ArticleJson.mapper().readTree(r.body());
  }

  static Article article(String id, String title, String source, List<RelatedRef> related) {
    Published p = new Published(LocalDateTime.of(2024, 1, 30, 9, 0), null, "2024-01-30", Precision.DAY);
    return new Article(id, "https://example.org/" + id, title, List.of(title + ". نص المقال."), p, source,
        List.of(), List.of(), related, Provenance.of("test", "test"));
  }

  @Override
  public void close() throws IOException {
    server.close();
    store.close();
  }
}
