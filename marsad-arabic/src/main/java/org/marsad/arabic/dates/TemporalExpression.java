package org.marsad.arabic.dates;

import java.time.LocalDateTime;
import org.marsad.model.Span;

/**
 * A temporal expression found in a text, resolved against a reference time.
 *
 * @param text exactly {@code span.of(input)}
 * @param span UTF-16 offsets into the input
 * @param start the first instant meant, inclusive, as a local date-time
 * @param end the end, exclusive: one grain after {@code start} for a point, later for an interval
 * @param grain the precision of {@code start}
 */
public record TemporalExpression(String text, Span span, LocalDateTime start, LocalDateTime end, Grain grain) {}
