package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ServerConfig;
import org.marsad.app.follow.FeedState;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.store.codec.ArticleJson;
import org.marsad.app.stories.Storage;

/** The API over real HTTP on a random port of 127.0.0.1. */
class ApiServerTest {
  @TempDir Path dir;
  private Storage store;
  private ApiServer server;
  private URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    store = Storage.open(dir, m -> {});
    store.add(article("a1", "وزير الخارجية يصل إلى بغداد", "الجزيرة"));
    store.add(article("a2", "ارتفاع أسعار النفط في الأسواق", "العربية"));
    Article tagged = article("a3", "أسعار الذهب تتراجع", "العربية");
    store.add(new Article(tagged.id(), tagged.url(), tagged.title(), tagged.body(), tagged.published(), tagged.source(),
        tagged.credits(), List.of("أسواق المال", "الذهب"), tagged.readAlso(), tagged.provenance()));
    store.commit();
    FeedState failing = FeedState.fresh("https://example.org/rss", "مثال").failed(Instant.parse("2024-01-30T10:00:00Z"), "NETWORK: no route");
    server = new ApiServer(store, () -> List.of(failing), new ServerConfig("127.0.0.1", 0));
    base = server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  @Test
  void servesOnLoopbackAndReportsHealth() throws Exception {
    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    JsonNode health = get("/api/health", 200);

    assertThat(health.path("status").asText()).isEqualTo("ok");
    assertThat(health.path("articles").asLong()).isEqualTo(3);
    assertThat(health.path("feedsFailing").asLong()).isEqualTo(1);
  }

  @Test
  void feedsShowTheirStateAndLastError() throws Exception {
    JsonNode feed = get("/api/feeds", 200).path("feeds").get(0);

    assertThat(feed.path("status").asText()).isEqualTo("failing");
    assertThat(feed.path("lastError").asText()).isEqualTo("NETWORK: no route");
    assertThat(feed.path("name").asText()).isEqualTo("مثال");
  }

  @Test
  void searchFindsArabicAcrossSpellingVariantsWithHighlights() throws Exception {
    JsonNode r = get("/api/search?q=" + URLEncoder.encode("اسعار النفط", StandardCharsets.UTF_8), 200);

    assertThat(r.path("total").asLong()).isEqualTo(1);
    assertThat(r.path("hits").get(0).path("id").asText()).isEqualTo("a2");
    assertThat(r.path("hits").get(0).path("highlights")).isNotEmpty();
  }

  @Test
  void searchCountsFacetsOverEveryMatchAndFiltersByTag() throws Exception {
    JsonNode all = get("/api/search?size=1", 200);

    assertThat(all.path("total").asLong()).isEqualTo(3);
    assertThat(all.path("hits")).hasSize(1);
    JsonNode facets = all.path("facets");
    assertThat(facets.path("sources").findValuesAsText("value")).containsExactly("العربية", "الجزيرة");
    assertThat(facets.path("sources").get(0).path("count").asLong()).isEqualTo(2);
    assertThat(facets.path("tags").findValuesAsText("value")).containsExactlyInAnyOrder("أسواق المال", "الذهب");
    assertThat(facets.path("dates").get(0).path("start").asText()).isEqualTo("2024-01-30");
    assertThat(facets.path("dates").get(0).path("count").asLong()).isEqualTo(3);

    JsonNode gold = get("/api/search?tag=" + URLEncoder.encode("الذهب", StandardCharsets.UTF_8), 200);
    assertThat(gold.path("hits").findValuesAsText("id")).containsExactly("a3");
  }

  @Test
  void sourcesListEachSourceWithItsCountAndRange() throws Exception {
    JsonNode sources = get("/api/sources", 200).path("sources");

    assertThat(sources.findValuesAsText("name")).containsExactly("العربية", "الجزيرة");
    assertThat(sources.get(0).path("articles").asLong()).isEqualTo(2);
    assertThat(sources.get(0).path("first").asText()).startsWith("2024-01-30");
  }

  @Test
  void badRequestsGetJsonErrorsWithTheRightStatus() throws Exception {
    assertThat(get("/api/search?size=1000", 400).path("detail").asText()).contains("size");
    assertThat(get("/api/search?from=yesterday", 400).path("detail").asText()).contains("from");
    assertThat(get("/api/search?q=" + "ا".repeat(ApiServer.MAX_QUERY_CHARS + 1), 400).path("error").asText()).isEqualTo("bad request");
    assertThat(get("/api/nothing-here", 404).path("error").asText()).isEqualTo("not found");
  }

  private JsonNode get(String path, int status) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return ArticleJson.mapper().readTree(r.body());
  }

  private static Article article(String id, String title, String source) {
    Published p = new Published(LocalDateTime.of(2024, 1, 30, 9, 0), null, "2024-01-30", Precision.DAY);
    return new Article(id, "https://example.org/" + id, title, List.of(title + ". نص المقال."), p, source, List.of(), List.of(), List.of(), Provenance.of("test", "test"));
  }
}
