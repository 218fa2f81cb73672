/**
 * Stories measured: duplicate decisions against labelled URL pairs, relatedness against human
 * similarity ratings, and the cost of placing articles as a store grows.
 */
@NullMarked
package org.marsad.eval.stories;

import org.jspecify.annotations.NullMarked;
