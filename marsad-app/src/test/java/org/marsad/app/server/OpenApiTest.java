package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ApiConfig;

/** The OpenAPI document lists exactly the routes Javalin serves, and they answer as documented. */
class OpenApiTest {
  @TempDir Path dir;
  private TestServer t;
  private JsonNode doc;

  @BeforeEach
  void start() throws Exception {
    t = new TestServer(dir, ApiConfig.readOnly());
    doc = t.get(OpenApi.PATH, 200);
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedOneRegistered() {
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }

    assertThat(doc.path("openapi").asText()).startsWith("3.0.");
    assertThat(new TreeSet<>(t.server.registeredHandlers())).isEqualTo(documented);
    assertThat(documented).contains("GET /api/health", "GET /api/feeds", "GET /api/search", "GET /api/sources",
        "GET /api/articles/{id}", "GET /api/articles/{id}/related", "POST /api/ingest", "GET /metrics", "GET /api/openapi.json");
  }

  @Test
  void withTheWebPagesServedTooEveryMachineRouteIsStillDocumentedAndNoPageIs() throws Exception {
    try (org.marsad.app.stories.Storage store = org.marsad.app.stories.Storage.open(dir.resolve("web-store"), m -> {});
        ApiServer server = new ApiServer(store, List::of, new org.marsad.app.config.ServerConfig("127.0.0.1", 0),
            ApiConfig.readOnly(), new org.marsad.app.metrics.Metrics(), List.of(new org.marsad.app.web.WebRoutes(store)))) {
      server.start();
      Set<String> documented = new TreeSet<>();
      for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
        path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
      }
      Set<String> registered = new TreeSet<>(server.registeredHandlers());

      // The API, /metrics and /feed are for programs and are documented; the HTML pages are for people and are not.
      assertThat(registered).containsAll(documented);
      assertThat(registered.stream().filter(r -> !documented.contains(r)))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r).doesNotContain("/api/").doesNotContain("/metrics").doesNotContain("/feed"));
    }
  }

  @Test
  void everyDocumentedRouteAnswersWithADocumentedStatus() throws Exception {
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String url = path.getKey().replace("{id}", "no-such-id");
        HttpRequest.Builder r = t.request(url).method(op.getKey().toUpperCase(Locale.ROOT),
            op.getKey().equals("post") ? HttpRequest.BodyPublishers.ofString("x") : HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> answer = t.send(r);
        assertThat(op.getValue().path("responses").has(Integer.toString(answer.statusCode())))
            .as(op.getKey() + " " + url + " answered " + answer.statusCode() + ": " + answer.body()).isTrue();
      }
    }
  }

  @Test
  void pathParametersAreDeclared() {
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      if (path.getKey().contains("{id}")) {
        for (JsonNode op : path.getValue()) {
          assertThat(op.path("parameters").findValuesAsText("name")).as(path.getKey()).contains("id");
        }
      }
    }
  }
}
