/** Search evaluations: known-item searches on real articles. */
@NullMarked
package org.marsad.eval.search;

import org.jspecify.annotations.NullMarked;
