/**
 * JSON records: arrays and JSONL with the usual field names, also inside {@code .zip} and
 * {@code .gz}, read as a stream.
 */
@NullMarked
package org.marsad.ingest.records;

import org.jspecify.annotations.NullMarked;
