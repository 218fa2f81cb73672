/**
 * What stories compare: weighted stem vectors, document frequencies, the places an article names,
 * and its distinguishing facts (numbers, dates, places, names after titles, each in its slot) that
 * tell template siblings apart.
 */
@NullMarked
package org.marsad.stories.text;

import org.jspecify.annotations.NullMarked;
