/**
 * HTML pages: main text, metadata, encodings and read-also links of one article page, and a
 * bounded memory of what each site repeats across its pages.
 */
@NullMarked
package org.marsad.ingest.html;

import org.jspecify.annotations.NullMarked;
