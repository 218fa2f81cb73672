package org.marsad.ingest;

import java.io.IOException;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * What every reader does: a document in, its articles out as they are read, and what was wrong
 * with it in the diagnostics. A bad record or page costs itself only; a reader throws only when
 * the document cannot be read at all ({@link NotReadable}) or the sink fails. Every format's reader
 * implements it; {@code org.marsad.ingest.read.Readers} picks the one a document needs.
 */
@FunctionalInterface
public interface DocumentReader {
  void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException;
}
