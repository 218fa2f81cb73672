/**
 * Reading, whatever the format: the {@link org.marsad.ingest.DocumentReader} contract every
 * route uses, and {@link org.marsad.ingest.read.Readers}, the one place that tells a document's
 * kind and hands it to its reader. Readers never see a store.
 */
@NullMarked
package org.marsad.ingest.read;

import org.jspecify.annotations.NullMarked;
