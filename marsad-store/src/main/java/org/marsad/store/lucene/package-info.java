/**
 * The embedded Lucene implementation of {@link org.marsad.store.ArticleStore}: one index folder,
 * near-real-time readers so uncommitted upserts are visible, Arabic-aware query building and
 * highlights that point into the original (not normalized) text.
 */
@NullMarked
package org.marsad.store.lucene;

import org.jspecify.annotations.NullMarked;
