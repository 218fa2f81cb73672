/**
 * Arabic normalization at two strengths, display and search, each returning the normalized text
 * with an alignment back to the original so that spans found in normalized text point at the text
 * as published.
 */
@NullMarked
package org.marsad.arabic.normalize;

import org.jspecify.annotations.NullMarked;
