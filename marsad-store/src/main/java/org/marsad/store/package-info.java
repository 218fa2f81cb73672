/**
 * The article store contract: idempotent upserts by article id, lookup, search with filters and
 * highlights. {@link org.marsad.store.lucene.LuceneStore} is the embedded implementation.
 */
@NullMarked
package org.marsad.store;

import org.jspecify.annotations.NullMarked;
