/** Benchmarks that run Marsad and a peer on the same input in one process and report the ratio. */
@NullMarked
package org.marsad.eval.bench;

import org.jspecify.annotations.NullMarked;
