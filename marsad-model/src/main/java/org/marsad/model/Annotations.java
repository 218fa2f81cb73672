package org.marsad.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the enrichment stages found in an article, one {@link AnnotationLayer} per kind, ordered by
 * kind so that equal annotations compare and serialize equal.
 */
public record Annotations(List<AnnotationLayer> layers) {
  /** Nothing annotated. */
  public static final Annotations NONE = new Annotations(List.of());

  public Annotations {
    List<AnnotationLayer> sorted = new ArrayList<>(layers);
    sorted.sort(Comparator.comparing(AnnotationLayer::kind));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).kind().equals(sorted.get(i - 1).kind())) {
        throw new IllegalArgumentException("layers: two of kind " + sorted.get(i).kind());
      }
    }
    layers = List.copyOf(sorted);
  }

  public Optional<AnnotationLayer> layer(String kind) {
    return layers.stream().filter(l -> l.kind().equals(kind)).findFirst();
  }

  /** These annotations with {@code layer} in place of any layer of its kind. */
  public Annotations with(AnnotationLayer layer) {
    List<AnnotationLayer> out = new ArrayList<>(layers.size() + 1);
    for (AnnotationLayer l : layers) {
      if (!l.kind().equals(layer.kind())) {
        out.add(l);
      }
    }
    out.add(layer);
    return new Annotations(out);
  }

  public boolean isEmpty() {
    return layers.isEmpty();
  }
}
