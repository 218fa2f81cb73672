/**
 * Readers turn input as it arrives into {@link org.marsad.model.Article}s: scraped aggregator
 * text pages ({@code page}) and JSON/JSONL record dumps ({@code records}). Readers never throw on
 * bad content; they report it as {@link org.marsad.model.Diagnostics} and go on.
 */
@NullMarked
package org.marsad.ingest;

import org.jspecify.annotations.NullMarked;
