/** Names of places: a gazetteer built from the JDK's Arabic country names and a short list. */
@NullMarked
package org.marsad.arabic.names;

import org.jspecify.annotations.NullMarked;
