/** How related two articles are, and a short, source-diverse list of related reads. */
@NullMarked
package org.marsad.stories.related;

import org.jspecify.annotations.NullMarked;
