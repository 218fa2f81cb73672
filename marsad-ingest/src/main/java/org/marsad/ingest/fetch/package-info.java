/**
 * The fetcher that follows news feeds and pages over HTTP: polite per host (one request at a time,
 * a minimum gap, robots.txt with crawl-delay), conditional GETs, redirects it follows itself,
 * bounded bodies decoded from gzip, deflate and brotli, retries with backoff, and a guard that
 * refuses private and other non-public addresses. Fetched bytes are returned undecoded as text:
 * charsets are the readers' business.
 */
@NullMarked
package org.marsad.ingest.fetch;

import org.jspecify.annotations.NullMarked;
