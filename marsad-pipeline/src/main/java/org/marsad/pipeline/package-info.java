/**
 * The pipeline library: documents in, read, display-normalized, enriched and placed articles out,
 * with diagnostics. Every route calls it (the CLI's ingest and {@code process}, the API's ingest,
 * the feed follower, and batch jobs); it knows readers, stages and the stories engine, never a
 * store or the app.
 */
@NullMarked
package org.marsad.pipeline;

import org.jspecify.annotations.NullMarked;
