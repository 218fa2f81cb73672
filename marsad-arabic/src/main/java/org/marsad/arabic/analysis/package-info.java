/** Lucene analysis for Arabic news search: tokens, normalization, compound names and stems. */
@NullMarked
package org.marsad.arabic.analysis;

import org.jspecify.annotations.NullMarked;
