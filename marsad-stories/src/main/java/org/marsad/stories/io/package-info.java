/**
 * How the stories engine writes its snapshot and reads it back: buffered binary streams without
 * a lock per byte, and checked counts.
 */
@NullMarked
package org.marsad.stories.io;

import org.jspecify.annotations.NullMarked;
