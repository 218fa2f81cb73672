/** Online story clustering over a sliding time window, and the most central headline of a story. */
@NullMarked
package org.marsad.stories.cluster;

import org.jspecify.annotations.NullMarked;
