package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Annotations;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.model.OpaqueAnnotation;
import org.marsad.model.Precision;
import org.marsad.model.Provenance;
import org.marsad.model.Published;
import org.marsad.model.Span;
import org.marsad.model.TimeAnnotation;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static final Published TUESDAY =
      new Published(LocalDateTime.of(2024, 1, 30, 9, 0), ZoneOffset.ofHours(3), "2024-01-30 09:00", Precision.MINUTE);

  private static Article article(String body, Published published) {
    return new Article("a1", null, "عنوان", List.of(body), published, "الجزيرة", List.of(), List.of(), List.of(),
        Provenance.of("test", "test"));
  }

  @Test
  void datesAreResolvedAgainstThePublicationDateWithSpansIntoTheText() {
    Article a = Enricher.standard().enrich(article("وصل الوزير أمس إلى بغداد.", TUESDAY), new Diagnostics());
    AnnotationLayer dates = a.annotations().layer(TimeAnnotation.KIND).orElseThrow();
    assertThat(dates.version()).isEqualTo(TemporalStage.VERSION);
    TimeAnnotation yesterday = dates.items(TimeAnnotation.class).get(0);
    assertThat(yesterday.span().of(a.text())).isEqualTo(yesterday.text()).contains("أمس");
    assertThat(yesterday.start()).isEqualTo(LocalDateTime.of(2024, 1, 29, 0, 0));
    assertThat(yesterday.grain()).isEqualTo("day");
  }

  @Test
  void withoutAPublicationDateTheLayerIsThereButEmpty() {
    Article a = Enricher.standard().enrich(article("وصل الوزير أمس إلى بغداد.", null));
    assertThat(a.annotations().layer(TimeAnnotation.KIND).orElseThrow().items()).isEmpty();
  }

  @Test
  void aCurrentOrNewerLayerIsKeptAndAnOlderOneMadeAgain() {
    Article plain = article("وصل الوزير أمس إلى بغداد.", TUESDAY);
    Article enriched = Enricher.standard().enrich(plain);
    assertThat(Enricher.standard().isCurrent(enriched)).isTrue();
    assertThat(Enricher.standard().enrich(enriched)).isSameAs(enriched);

    AnnotationLayer newer = new AnnotationLayer(TimeAnnotation.KIND, TemporalStage.VERSION + 1,
        List.of(new OpaqueAnnotation(new Span(0, 3), "{\"from\":\"a newer Marsad\"}")));
    Article fromTheFuture = plain.withAnnotations(Annotations.NONE.with(newer));
    assertThat(Enricher.standard().enrich(fromTheFuture).annotations().layer(TimeAnnotation.KIND)).contains(newer);

    AnnotationLayer older = new AnnotationLayer(TimeAnnotation.KIND, 1, List.of());
    Stage v2 = new Stage() {
      @Override
      public String kind() {
        return TimeAnnotation.KIND;
      }

      @Override
      public int version() {
        return 2;
      }

      @Override
      public AnnotationLayer annotate(Article article) {
        return new AnnotationLayer(kind(), 2, List.of());
      }
    };
    Article remade = new Enricher(List.of(v2)).enrich(plain.withAnnotations(Annotations.NONE.with(older)));
    assertThat(remade.annotations().layer(TimeAnnotation.KIND).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aFailingStageCostsItsLayerAndSaysSo() {
    Stage broken = new Stage() {
      @Override
      public String kind() {
        return "broken";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public AnnotationLayer annotate(Article article) {
        throw new IllegalStateException("boom");
      }
    };
    Diagnostics d = new Diagnostics();
    Article a = new Enricher(List.of(broken, new TemporalStage())).enrich(article("أمس", TUESDAY), d);
    assertThat(a.annotations().layer("broken")).isEmpty();
    assertThat(a.annotations().layer(TimeAnnotation.KIND)).isPresent();
    assertThat(d.list()).singleElement().satisfies(x -> assertThat(x.message()).contains("stage broken failed", "boom"));
  }
}
