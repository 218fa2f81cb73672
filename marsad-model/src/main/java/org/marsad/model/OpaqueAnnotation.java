package org.marsad.model;

import java.util.Objects;

/**
 * An annotation of a kind this version of Marsad does not know (a store written by a newer one):
 * kept as the JSON it was stored as, so that reading and writing the article back loses nothing.
 *
 * @param span where it lies, when the stored form said; [0, 0) otherwise
 * @param json the annotation exactly as stored, one JSON object
 */
public record OpaqueAnnotation(Span span, String json) implements Annotation {
  public OpaqueAnnotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(json, "json");
  }
}
