package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.stories.StoryFixtures;
import org.marsad.model.Article;

class StoryRoutesTest {
  @TempDir Path dir;
  private TestServer t;

  @BeforeEach
  void start() throws Exception {
    t = TestServer.writable(dir);
    for (Article a : new Article[] {StoryFixtures.wire(), StoryFixtures.copy(), StoryFixtures.ownReport(), StoryFixtures.football()}) {
      t.store.add(a);
    }
    t.store.commit();
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  @Test
  void storiesListTheFairWithItsLabelSourcesAndSize() throws Exception {
    JsonNode r = t.get("/api/stories", 200);
    assertThat(r.path("total").asInt()).isEqualTo(1);
    JsonNode fair = r.path("stories").get(0);
    assertThat(fair.path("id").asText()).isEqualTo("fair-wire");
    assertThat(fair.path("articles").asInt()).isEqualTo(3);
    assertThat(fair.path("texts").asInt()).isEqualTo(2);
    assertThat(fair.path("sources")).hasSize(3);
    assertThat(fair.path("label").asText()).isNotBlank();
    assertThat(t.get("/api/stories?min=1", 200).path("total").asInt()).isEqualTo(2);
    assertThat(t.get("/api/stories?from=2024-03-13", 200).path("total").asInt()).isZero();
  }

  @Test
  void aStoryHasOneTimelineEntryPerTextWithItsCopies() throws Exception {
    JsonNode s = t.get("/api/stories/fair-wire", 200);
    JsonNode timeline = s.path("timeline");
    assertThat(timeline).hasSize(2);
    assertThat(timeline.get(0).path("id").asText()).isEqualTo("fair-wire");
    assertThat(timeline.get(0).path("copies").asInt()).isEqualTo(1);
    assertThat(timeline.get(1).path("id").asText()).isEqualTo("fair-own");
    // The label is a headline the timeline shows, never one of a copy hidden behind its text.
    java.util.List<String> shown = java.util.List.of(timeline.get(0).path("title").asText(), timeline.get(1).path("title").asText());
    assertThat(shown).contains(s.path("label").asText());
    assertThat(java.util.List.of("fair-wire", "fair-own")).contains(s.path("labelId").asText());
    assertThat(t.get("/api/stories/nope", 404).path("error").asText()).isEqualTo("not found");
    assertThat(t.get("/api/stories?sort=oldest", 400).path("detail").asText()).contains("sort");
  }

  @Test
  void theArticleJsonCarriesItsGroupStoryAndRelatedReads() throws Exception {
    JsonNode copy = t.get("/api/articles/fair-copy", 200);
    assertThat(copy.path("duplicateOf").asText()).isEqualTo("fair-wire");
    assertThat(copy.path("copies")).hasSize(1);
    assertThat(copy.path("copies").get(0).path("canonical").asBoolean()).isTrue();
    assertThat(copy.path("storyId").asText()).isEqualTo("fair-wire");
    assertThat(copy.path("related").get(0).path("id").asText()).isEqualTo("fair-own");
    JsonNode wire = t.get("/api/articles/fair-wire", 200);
    assertThat(wire.path("duplicateOf").isNull()).isTrue();
  }

  @Test
  void relatedKeepsThePagesReadsApartFromMarsads() throws Exception {
    JsonNode r = t.get("/api/articles/fair-wire/related", 200);
    assertThat(r.path("page")).isEmpty();
    assertThat(r.path("marsad").get(0).path("id").asText()).isEqualTo("fair-own");
    for (JsonNode read : r.path("marsad")) {
      assertThat(read.path("id").asText()).isNotEqualTo("fair-copy");
      assertThat(read.path("score").asDouble()).isBetween(0.0, 1.0);
    }
  }
}
