package org.marsad.ingest.read;

import java.io.IOException;
import org.marsad.ingest.ArticleSink;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * What every reader does: a document in, its articles out as they are read, and what was wrong
 * with it in the diagnostics. A bad record or page costs itself only; a reader throws only when
 * the document cannot be read at all ({@link NotReadable}) or the sink fails.
 */
@FunctionalInterface
public interface DocumentReader {
  void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException;
}
