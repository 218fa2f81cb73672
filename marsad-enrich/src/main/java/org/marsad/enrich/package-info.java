/**
 * Enrichment: stages that read an article and annotate its text (dates now; entities, quotes and
 * events next), and the {@link org.marsad.enrich.Enricher} that runs those whose stored layer is
 * missing or older. Stages know the model and the Arabic layer, never a store or the app.
 */
@NullMarked
package org.marsad.enrich;

import org.jspecify.annotations.NullMarked;
