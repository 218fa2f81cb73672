/**
 * Accuracy of the temporal tagger: on Duckling-style gold phrases ({@link
 * org.marsad.eval.dates.DatesEval}) and on expressions in real news resolved by hand, scored on the
 * stored article's {@code dates} ({@link org.marsad.eval.dates.NewsDatesEval}).
 */
@NullMarked
package org.marsad.eval.dates;

import org.jspecify.annotations.NullMarked;
