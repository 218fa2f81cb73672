/** HTML pages: main text, metadata and encodings of one article page. */
@NullMarked
package org.marsad.ingest.html;

import org.jspecify.annotations.NullMarked;
