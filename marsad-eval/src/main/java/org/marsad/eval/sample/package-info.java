/** Seeded samples of a corpus for evaluations: the same seed draws the same articles. */
@NullMarked
package org.marsad.eval.sample;

import org.jspecify.annotations.NullMarked;
