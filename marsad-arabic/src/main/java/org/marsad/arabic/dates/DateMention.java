package org.marsad.arabic.dates;

import org.marsad.model.Published;
import org.marsad.model.Span;

/**
 * A date found in a text: what it means and where it stands.
 *
 * @param published the date; its {@code text} is exactly {@code span.of(input)}
 * @param span the UTF-16 range of the date in the input, weekday prefix and time/zone suffix included
 */
public record DateMention(Published published, Span span) {}
