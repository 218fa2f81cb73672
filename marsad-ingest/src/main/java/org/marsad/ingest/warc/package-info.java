/**
 * WARC archives (1.0, 1.1, plain or gzipped per record): the HTML pages they captured, read as
 * articles through the html package, streamed record by record. A corrupt record or a cut file
 * costs only itself.
 */
@NullMarked
package org.marsad.ingest.warc;

import org.jspecify.annotations.NullMarked;
