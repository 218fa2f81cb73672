package org.marsad.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.enrich.Enricher;
import org.marsad.store.codec.ArticleJson;

/** The article JSON lists the body's temporal expressions; it lives here because eval sees both modules. */
class ArticleJsonDatesTest {
  private static Article article(Published published) {
    return new Article("a1", null, "عنوان", List.of("تمهيد.", "قال الوزير أمس إن الجلسة الإثنين المقبل."), published,
        null, List.of(), List.of(), List.of(), Provenance.of("test", "test"));
  }

  @Test
  void datesAreResolvedAgainstThePublicationDateWithSpansIntoText() {
    Published published = new Published(LocalDateTime.of(2024, 1, 30, 0, 0), null, "2024-01-30", Precision.DAY);
    Article a = article(published);

    // the dates layer is made by the enrichment stage, at ingest or, for an article stored without it, when read
    JsonNode dates = ArticleJson.toNode(Enricher.standard().enrich(a)).path("dates");

    assertThat(dates).hasSize(2);
    JsonNode first = dates.get(0);
    assertThat(first.path("text").asText()).isEqualTo("أمس");
    assertThat(first.path("start").asText()).isEqualTo("2024-01-29T00:00");
    assertThat(first.path("end").asText()).isEqualTo("2024-01-30T00:00");
    assertThat(first.path("grain").asText()).isEqualTo("day");
    int start = first.path("span").path("start").asInt();
    int end = first.path("span").path("end").asInt();
    assertThat(a.text().substring(start, end)).isEqualTo("أمس");
    assertThat(dates.get(1).path("start").asText()).isEqualTo("2024-02-05T00:00");
  }

  @Test
  void noPublicationDateMeansNoDates() {
    assertThat(ArticleJson.toNode(Enricher.standard().enrich(article(null))).path("dates")).isEmpty();
  }

  @Test
  void readingBackIgnoresDates() throws Exception {
    Published published = new Published(LocalDateTime.of(2024, 1, 30, 0, 0), null, "2024-01-30", Precision.DAY);
    Article a = article(published);

    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a);
  }
}
