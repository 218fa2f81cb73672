/** Light stemming of Arabic search-form words for retrieval: clitics and inflection endings. */
@NullMarked
package org.marsad.arabic.stem;

import org.jspecify.annotations.NullMarked;
