/**
 * The ingest pipeline: expands paths, picks a reader per input, upserts what it reads into the
 * store, and keeps a summary of what was stored, updated, unchanged and skipped, with reasons.
 */
@NullMarked
package org.marsad.app.ingest;

import org.jspecify.annotations.NullMarked;
