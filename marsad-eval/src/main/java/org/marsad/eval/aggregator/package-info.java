/**
 * The aggregator-page evaluation: pages with expected JSON, compared field by field with the rules
 * of {@link org.marsad.eval.aggregator.FieldComparer}.
 */
@NullMarked
package org.marsad.eval.aggregator;

import org.jspecify.annotations.NullMarked;
