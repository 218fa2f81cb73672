package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.stories.StoryFixtures;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/**
 * Copies, related reads and story timelines give each date as its page did: a day-only date as a
 * day, a time without a zone without one, never the UTC instant the store sorts on.
 */
class StoryDatesTest {
  @TempDir Path dir;
  private TestServer t;

  @BeforeEach
  void start() throws Exception {
    t = TestServer.writable(dir);
    t.store.add(dated(StoryFixtures.wire(), new Published(LocalDateTime.of(2024, 3, 12, 0, 0), null, "12 مارس 2024", Precision.DAY)));
    t.store.add(dated(StoryFixtures.copy(), new Published(LocalDateTime.of(2024, 3, 12, 12, 30), null, "2024-03-12 12:30", Precision.MINUTE)));
    t.store.add(dated(StoryFixtures.ownReport(),
        new Published(LocalDateTime.of(2024, 3, 12, 20, 0, 5), ZoneOffset.ofHours(3), "2024-03-12T20:00:05+03:00", Precision.SECOND)));
    t.store.add(StoryFixtures.football());
    t.store.commit();
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  private static Article dated(Article a, @Nullable Published p) {
    return new Article(a.id(), a.url(), a.title(), a.body(), p, a.source(), a.credits(), a.tags(), a.readAlso(), a.provenance());
  }

  @Test
  void copiesGiveADayOnlyDateAsADayAndALocalTimeWithoutAZone() throws Exception {
    JsonNode copyOf = t.get("/api/articles/fair-copy", 200).path("copies").get(0);
    assertThat(copyOf.path("id").asText()).isEqualTo("fair-wire");
    assertThat(copyOf.path("published").asText()).isEqualTo("2024-03-12");
    assertThat(copyOf.path("publishedPrecision").asText()).isEqualTo("day");
    JsonNode copy = t.get("/api/articles/fair-wire", 200).path("copies").get(0);
    assertThat(copy.path("published").asText()).isEqualTo("2024-03-12T12:30");
    assertThat(copy.path("publishedPrecision").asText()).isEqualTo("minute");
  }

  @Test
  void relatedReadsGiveTheirZoneOnlyWhenThePageDid() throws Exception {
    JsonNode own = t.get("/api/articles/fair-wire", 200).path("related").get(0);
    assertThat(own.path("id").asText()).isEqualTo("fair-own");
    assertThat(own.path("published").asText()).isEqualTo("2024-03-12T20:00:05+03:00");
    JsonNode wire = t.get("/api/articles/fair-own/related", 200).path("marsad").get(0);
    assertThat(wire.path("id").asText()).isEqualTo("fair-wire");
    assertThat(wire.path("published").asText()).isEqualTo("2024-03-12");
  }

  @Test
  void timelinesAndTheirFirstAndLastKeepThePagesPrecision() throws Exception {
    JsonNode s = t.get("/api/stories/fair-wire", 200);
    assertThat(s.path("first").asText()).isEqualTo("2024-03-12");
    assertThat(s.path("last").asText()).isEqualTo("2024-03-12T20:00:05+03:00");
    JsonNode timeline = s.path("timeline");
    assertThat(timeline.get(0).path("published").asText()).isEqualTo("2024-03-12");
    assertThat(timeline.get(0).path("publishedPrecision").asText()).isEqualTo("day");
    assertThat(timeline.get(1).path("published").asText()).isEqualTo("2024-03-12T20:00:05+03:00");
    assertThat(t.get("/api/stories?min=1", 200).path("stories").get(0).path("first").asText()).isEqualTo("2024-03-12");
  }
}
