/** Quality floors: minimum scores kept in the repository, checked by {@code --floors}. */
@NullMarked
package org.marsad.eval.floors;

import org.jspecify.annotations.NullMarked;
