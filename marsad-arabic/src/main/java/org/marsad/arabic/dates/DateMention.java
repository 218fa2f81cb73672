package org.marsad.arabic.dates;

import org.marsad.model.Published;
import org.marsad.model.Span;

/** A date found in a text: what it means and where it stands. */
public record DateMention(Published published, Span span) {}
