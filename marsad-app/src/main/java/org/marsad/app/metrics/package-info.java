/**
 * Counters and latency histograms the running service keeps, and their Prometheus text
 * exposition. Plain {@code LongAdder}s: no metrics library for a handful of series.
 */
@NullMarked
package org.marsad.app.metrics;

import org.jspecify.annotations.NullMarked;
