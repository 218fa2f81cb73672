package org.marsad.enrich;

import org.marsad.model.AnnotationLayer;
import org.marsad.model.Article;

/**
 * One enrichment step: reads an article and makes one layer of annotations, of its {@link #kind()},
 * with spans into {@link Article#text()}. Stages read the article only; they never see a store or
 * another stage's state, so any route (a file, a request, a feed, a batch executor) runs them
 * alike. Implementations are thread-safe.
 */
public interface Stage {
  /** The layer kind it makes, e.g. {@code dates}. */
  String kind();

  /**
   * The version of what it makes: raised whenever the same article would get different
   * annotations, so stored layers of an older version are made again and newer ones kept.
   */
  int version();

  /** The layer for this article; an article with nothing to annotate gets an empty layer. */
  AnnotationLayer annotate(Article article);
}
