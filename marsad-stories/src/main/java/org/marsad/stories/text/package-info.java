/** What stories compare: weighted stem vectors, document frequencies and the places an article names. */
@NullMarked
package org.marsad.stories.text;

import org.jspecify.annotations.NullMarked;
