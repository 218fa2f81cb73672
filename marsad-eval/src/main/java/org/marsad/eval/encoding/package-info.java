/** Evaluation of mojibake repair: gold lines, and real titles broken on purpose in every known way. */
@NullMarked
package org.marsad.eval.encoding;

import org.jspecify.annotations.NullMarked;
