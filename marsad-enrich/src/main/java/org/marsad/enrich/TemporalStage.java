package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.arabic.dates.Lean;
import org.marsad.arabic.dates.TemporalExpression;
import org.marsad.arabic.dates.TemporalTagger;
import org.marsad.model.Annotation;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Article;
import org.marsad.model.TimeAnnotation;

/**
 * The body's temporal expressions, resolved against the publication date with the news lean (a
 * bare weekday is the one just past). An article without a publication date gets an empty layer:
 * "yesterday" means nothing without one.
 */
public final class TemporalStage implements Stage {
  /**
   * Raise with every change of the date grammar that changes what a text resolves to; the tests
   * of {@code marsad-arabic}'s grammar tables say when.
   */
  public static final int VERSION = 1;

  private final TemporalTagger tagger = new TemporalTagger(Lean.PAST);

  @Override
  public String kind() {
    return TimeAnnotation.KIND;
  }

  @Override
  public int version() {
    return VERSION;
  }

  @Override
  public AnnotationLayer annotate(Article article) {
    List<Annotation> items = new ArrayList<>();
    if (article.published() != null) {
      for (TemporalExpression e : tagger.tag(article.text(), article.published())) {
        items.add(new TimeAnnotation(e.span(), e.text(), e.start(), e.end(), e.grain().name().toLowerCase(Locale.ROOT)));
      }
    }
    return new AnnotationLayer(kind(), VERSION, items);
  }
}
