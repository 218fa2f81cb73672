/**
 * Dates as Arabic news pages print them (numeric, Gregorian month names in every naming system,
 * Hijri), and the temporal expressions of running text, composed from small rules by {@link
 * org.marsad.arabic.dates.TemporalTagger}.
 */
@NullMarked
package org.marsad.arabic.dates;

import org.jspecify.annotations.NullMarked;
