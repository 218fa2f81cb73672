/**
 * What the evaluations' gold files share: tab-separated lines, {@code #} comments, and a first line
 * that may name the columns ({@link org.marsad.eval.gold.GoldHeader}).
 */
@NullMarked
package org.marsad.eval.gold;

import org.jspecify.annotations.NullMarked;
