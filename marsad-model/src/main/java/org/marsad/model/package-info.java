/**
 * Marsad's data: immutable records that flow between stages, from a raw {@link
 * org.marsad.model.Document} to an extracted {@link org.marsad.model.Article}. Records validate
 * their components and copy their lists; they hold no behaviour beyond small derived views.
 */
@NullMarked
package org.marsad.model;

import org.jspecify.annotations.NullMarked;
