package org.marsad.store.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Annotations;
import org.marsad.model.Article;
import org.marsad.model.OpaqueAnnotation;
import org.marsad.model.Provenance;
import org.marsad.model.RelatedRef;
import org.marsad.model.Span;
import org.marsad.model.TimeAnnotation;
import org.junit.jupiter.api.Test;

/** The stored form keeps annotations, layer by kind and version, and loses none it does not know. */
class ArticleJsonAnnotationsTest {
  private static final TimeAnnotation YESTERDAY = new TimeAnnotation(new Span(11, 14), "أمس",
      LocalDateTime.of(2024, 1, 29, 0, 0), LocalDateTime.of(2024, 1, 30, 0, 0), "day");

  private static Article article(Annotations annotations) {
    return new Article("a1", null, "عنوان", List.of("وصل الوزير أمس إلى بغداد."), null, "الجزيرة", List.of(), List.of(),
        List.of(new RelatedRef("r1", "خبر آخر", null, null)), Provenance.of("test", "test"), annotations);
  }

  @Test
  void annotationsRoundTripThroughTheStoredForm() {
    Article a = article(Annotations.NONE.with(new AnnotationLayer(TimeAnnotation.KIND, 1, List.of(YESTERDAY))));
    assertThat(ArticleJson.fromJson(ArticleJson.toJson(a))).isEqualTo(a);
  }

  @Test
  void aLayerOfAKindThisVersionDoesNotKnowIsWrittenBackAsItWas() throws Exception {
    Article a = article(Annotations.NONE.with(new AnnotationLayer(TimeAnnotation.KIND, 1, List.of(YESTERDAY))));
    ObjectNode stored = (ObjectNode) ArticleJson.mapper().readTree(ArticleJson.toJson(a));
    ((ObjectNode) stored.path("annotations")).putObject("entities").put("version", 3).putArray("items").addObject()
        .put("type", "PERS").put("entityId", "e42").putObject("span").put("start", 0).put("end", 5);
    Article read = ArticleJson.fromJson(stored.toString());
    assertThat(read.annotations().layer("entities").orElseThrow().items()).singleElement().isInstanceOf(OpaqueAnnotation.class);
    JsonNode again = ArticleJson.mapper().readTree(ArticleJson.toJson(read));
    assertThat(again.path("annotations")).isEqualTo(stored.path("annotations"));
  }

  @Test
  void theOutputFormShowsTheDatesLayerFlatAndThePagesLinksAsReadAlso() {
    Article a = article(Annotations.NONE.with(new AnnotationLayer(TimeAnnotation.KIND, 1, List.of(YESTERDAY))));
    ObjectNode n = ArticleJson.toNode(a);
    assertThat(n.path("dates").get(0).path("text").asText()).isEqualTo("أمس");
    assertThat(n.path("dates").get(0).path("span").path("start").asInt()).isEqualTo(11);
    assertThat(n.path("readAlso").get(0).path("id").asText()).isEqualTo("r1");
    assertThat(n.has("related")).isFalse();
  }

  @Test
  void articlesStoredBeforeTheRenameKeepTheirReadAlsoAndHaveNoAnnotations() throws Exception {
    ObjectNode old = (ObjectNode) ArticleJson.mapper().readTree(ArticleJson.toJson(article(Annotations.NONE)));
    old.set("related", old.remove("readAlso"));
    old.remove("annotations");
    Article read = ArticleJson.fromJson(old.toString());
    assertThat(read.readAlso()).extracting(RelatedRef::id).containsExactly("r1");
    assertThat(read.annotations()).isEqualTo(Annotations.NONE);
  }
}
