/**
 * The one parser of machine-written dates (ISO 8601 and its site variants, RFC 822/1123, epoch
 * numbers) into {@link org.marsad.model.Published} at the precision the text gives. Readers call it
 * first and keep their own policy (which field wins, what a midnight means, the Arabic date parser
 * for what people typed) to themselves.
 */
@NullMarked
package org.marsad.ingest.dates;

import org.jspecify.annotations.NullMarked;
