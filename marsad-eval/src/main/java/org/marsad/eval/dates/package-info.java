/** Accuracy of the temporal tagger on Duckling-style gold phrases. */
@NullMarked
package org.marsad.eval.dates;

import org.jspecify.annotations.NullMarked;
