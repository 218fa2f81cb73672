package org.marsad.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.AnnotationLayer;
import org.marsad.model.Annotations;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/**
 * Runs the stages over an article. A stage runs when the article has no layer of its kind or one
 * of an older version; a layer of the same or a newer version (a store written by a newer Marsad)
 * is kept as it is, so enriching an enriched article changes nothing. A stage that fails costs its
 * layer only, and says so in the diagnostics. Thread-safe as its stages are.
 */
public final class Enricher {
  private static final Enricher STANDARD = new Enricher(List.of(new TemporalStage()));

  private final List<Stage> stages;

  public Enricher(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<String> kinds = new HashSet<>();
    for (Stage s : this.stages) {
      if (!kinds.add(s.kind())) {
        throw new IllegalArgumentException("stages: two make the layer " + s.kind());
      }
    }
  }

  /**
   * The stages every route runs today, the dates of the body; one shared instance. Read paths
   * bring a stored article up to date with it before showing it, without storing the result.
   */
  public static Enricher standard() {
    return STANDARD;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Whether every stage's layer is there at its version or newer. */
  public boolean isCurrent(Article article) {
    return stages.stream().noneMatch(s -> stale(article, s));
  }

  /**
   * The article with every stale or missing layer made again.
   *
   * @param diagnostics hears of a stage that failed, with the article's location
   */
  public Article enrich(Article article, Diagnostics diagnostics) {
    Annotations annotations = article.annotations();
    for (Stage s : stages) {
      if (!stale(article, s)) {
        continue;
      }
      try {
        annotations = annotations.with(s.annotate(article));
      } catch (RuntimeException e) {
        diagnostics.error(article.provenance().location(), "stage " + s.kind() + " failed on article " + article.id()
            + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return annotations == article.annotations() ? article : article.withAnnotations(annotations);
  }

  /** For read paths, where nobody listens to diagnostics: a failed stage leaves its layer out. */
  public Article enrich(Article article) {
    return enrich(article, new Diagnostics(0));
  }

  private static boolean stale(Article article, Stage s) {
    Optional<AnnotationLayer> layer = article.annotations().layer(s.kind());
    return layer.isEmpty() || layer.get().version() < s.version();
  }
}
