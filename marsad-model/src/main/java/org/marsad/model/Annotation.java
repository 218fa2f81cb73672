package org.marsad.model;

/**
 * One thing an enrichment stage found in an article: a span of {@link Article#text()}, the text
 * as published, and what it means. Each kind is a record of its own, so that what a kind carries
 * is typed; {@link OpaqueAnnotation} keeps a kind this version does not know.
 */
public sealed interface Annotation permits TimeAnnotation, OpaqueAnnotation {
  /** Where in {@link Article#text()} the annotation lies. */
  Span span();
}
