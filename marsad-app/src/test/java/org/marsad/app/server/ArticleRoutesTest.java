package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ApiConfig;
import org.marsad.model.Article;
import org.marsad.model.RelatedRef;
import org.marsad.store.codec.ArticleJson;

/** Articles, their related reads and the sources, over real HTTP. */
class ArticleRoutesTest {
  @TempDir Path dir;
  private TestServer t;
  private Article oil;

  @BeforeEach
  void start() throws Exception {
    t = new TestServer(dir, ApiConfig.readOnly());
    Article baghdad = TestServer.article("a1", "وزير الخارجية يصل إلى بغداد", "الجزيرة", List.of());
    RelatedRef stored = new RelatedRef("a1", "عنوان الرابط القديم", null, null);
    RelatedRef missing = new RelatedRef("gone", "خبر لم يخزن", "مصدر", null);
    oil = TestServer.article("a2", "ارتفاع أسعار النفط في الأسواق", "العربية", List.of(stored, missing));
    t.store.add(baghdad);
    t.store.add(oil);
    t.store.add(TestServer.article("a3", "انخفاض أسعار الذهب", "العربية", List.of()));
    t.store.commit();
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  @Test
  void articleIsTheStoredJsonWithItsStoryFields() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode a = (com.fasterxml.jackson.databind.node.ObjectNode) t.get("/api/articles/a2", 200);
    assertThat(a.path("storyId").asText()).isEqualTo("a2");
    assertThat(a.path("related").isArray()).isTrue();
    a.remove(java.util.List.of("duplicateOf", "copies", "storyId", "related"));
    // The page's own "read also" is kept apart from Marsad's related reads; an article stored
    // without the dates layer is shown with it made on the fly.
    assertThat(a.path("readAlso").isArray()).isTrue();
    assertThat(a).isEqualTo(ArticleJson.mapper().readTree(ArticleJson.mapper().writeValueAsString(
        ArticleJson.toNode(org.marsad.enrich.Enricher.standard().enrich(oil)))));
    assertThat(a.path("annotations").path("dates").path("version").asInt()).isEqualTo(org.marsad.enrich.TemporalStage.VERSION);
    assertThat(a.path("title").asText()).isEqualTo("ارتفاع أسعار النفط في الأسواق");
  }

  @Test
  void missingArticleIsA404JsonError() throws Exception {
    JsonNode e = t.get("/api/articles/nope", 404);

    assertThat(e.path("error").asText()).isEqualTo("not found");
    assertThat(e.path("detail").asText()).contains("nope");
    assertThat(t.get("/api/articles/nope/related", 404).path("error").asText()).isEqualTo("not found");
  }

  @Test
  void overlongIdIsABadRequest() throws Exception {
    assertThat(t.get("/api/articles/" + "x".repeat(ArticleRoutes.MAX_ID_CHARS + 1), 400).path("detail").asText()).contains("id");
  }

  @Test
  void relatedReadsAreResolvedToStoredArticlesWhenPresent() throws Exception {
    JsonNode r = t.get("/api/articles/a2/related", 200);

    JsonNode page = r.path("page");
    assertThat(page).hasSize(2);
    assertThat(page.get(0).path("id").asText()).isEqualTo("a1");
    assertThat(page.get(0).path("title").asText()).isEqualTo("وزير الخارجية يصل إلى بغداد");
    assertThat(page.get(0).path("source").asText()).isEqualTo("الجزيرة");
    assertThat(page.get(0).path("published").asText()).isEqualTo("2024-01-30");
    assertThat(page.get(0).path("stored").asBoolean()).isTrue();
    assertThat(page.get(1).path("title").asText()).isEqualTo("خبر لم يخزن");
    assertThat(page.get(1).path("stored").asBoolean()).isFalse();
    assertThat(r.path("marsad").isArray()).isTrue();
    assertThat(r.path("marsad").findValuesAsText("id")).doesNotContain("a2");
  }

  @Test
  void sourcesCountTheirArticlesMostFirst() throws Exception {
    JsonNode s = t.get("/api/sources", 200);

    assertThat(s.path("articles").asLong()).isEqualTo(3);
    assertThat(s.path("sources").get(0).path("name").asText()).isEqualTo("العربية");
    assertThat(s.path("sources").get(0).path("articles").asLong()).isEqualTo(2);
    assertThat(s.path("sources").get(1).path("name").asText()).isEqualTo("الجزيرة");
  }

  @Test
  void wrongMethodIsA405JsonError() throws Exception {
    JsonNode e = TestServer.json(t.send(t.request("/api/sources").DELETE()), 405);

    assertThat(e.path("error").asText()).isEqualTo("method not allowed");
  }
}
