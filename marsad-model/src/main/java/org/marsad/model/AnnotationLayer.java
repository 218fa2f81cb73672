package org.marsad.model;

import java.util.List;

/**
 * The annotations of one kind on an article, with the version of the stage that made them. A
 * stage whose version is newer than a stored layer's may make the layer again; an older one
 * leaves it alone, so a store written by a newer Marsad never loses what it found.
 *
 * @param kind what the layer holds, e.g. {@link TimeAnnotation#KIND}; lower case, no spaces
 * @param version the version of the stage that made it, at least 1
 * @param items the annotations, in text order
 */
public record AnnotationLayer(String kind, int version, List<Annotation> items) {
  public AnnotationLayer {
    if (kind == null || !kind.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("kind: need lower-case letters, digits and dashes, got " + kind);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version: must be >= 1, got " + version);
    }
    items = List.copyOf(items);
  }

  /** The items of the given type, in order; for layers whose kind says what they hold. */
  public <T extends Annotation> List<T> items(Class<T> type) {
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
