package org.marsad.app.ingest;

import java.io.IOException;
import java.util.List;
import org.marsad.enrich.Enricher;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * Runs input files through the {@link Pipeline} without a store: read, normalized and enriched
 * articles go to an output as they come, for people who feed Marsad's output to their own tools.
 * Not placed (placing needs what a store holds). Problems are reported as an ingest reports them.
 * Not thread-safe.
 */
public final class Processor {
  private final Readers readers = new Readers();
  private final Pipeline pipeline = new Pipeline(readers, Enricher.standard(), null);

  /** Processes every file named by {@code args} (files, folders, globs), in order. */
  public IngestSummary process(List<String> args, Pipeline.Output out) throws IOException {
    IngestSummary summary = new IngestSummary();
    List<Document> documents = args.stream().flatMap(a -> InputPaths.expand(a, summary).stream())
        .map(i -> Document.ofFile(i.file(), i.location())).toList();
    readers.forgetLearned();
    documents.forEach(readers::learn);
    for (Document document : documents) {
      summary.addFile();
      Diagnostics diagnostics = new Diagnostics(Ingester.MAX_DIAGNOSTICS);
      try {
        pipeline.process(document, p -> {
          summary.addRead();
          out.accept(p);
        }, diagnostics);
      } catch (NotReadable e) {
        summary.skipped(document.location() + ": " + e.getMessage());
      }
      summary.diagnostics(document.location(), diagnostics);
    }
    return summary;
  }
}
