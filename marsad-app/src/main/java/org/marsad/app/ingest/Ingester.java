package org.marsad.app.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.app.stories.Storage;
import org.marsad.enrich.Enricher;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.read.Readers;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Processed;

/**
 * Reads input files into the store through the {@link Pipeline}: each file goes to the reader its
 * name or first bytes call for; a file that cannot be read is skipped with its reason and the rest
 * of the batch goes on. Commits every {@code commitEvery} writes, so a kill loses at most that
 * much work. Not thread-safe.
 */
public final class Ingester {
  /** Called after each article and each file, so a terminal can show progress. */
  public interface Progress {
    void update(IngestSummary summary, int fileIndex, int fileCount, Path file);

    Progress NONE = (summary, fileIndex, fileCount, file) -> {};
  }

  /** Diagnostics kept per file; the rest are counted. */
  static final int MAX_DIAGNOSTICS = 200;

  private final Storage storage;
  private final int commitEvery;
  // One set of readers for the whole ingest, WARC records included: what a site repeats on its
  // pages is learned across files.
  private final Readers readers = new Readers();
  private final Pipeline pipeline;

  public Ingester(Storage storage, int commitEvery) {
    this(storage, commitEvery, true);
  }

  /**
   * @param place whether articles are placed in duplicate groups and stories; false only for
   *     measuring what the rest of the road costs (the benches), since every route places
   */
  public Ingester(Storage storage, int commitEvery, boolean place) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery: must be >= 1, got " + commitEvery);
    }
    this.storage = storage;
    this.commitEvery = commitEvery;
    this.pipeline = new Pipeline(readers, Enricher.standard(), place ? storage.placement() : null);
  }

  /** Ingests every file named by {@code args} (files, folders, globs). */
  public IngestSummary ingest(List<String> args, Progress progress) throws IOException {
    IngestSummary summary = new IngestSummary();
    List<InputPaths.Input> inputs = args.stream().flatMap(a -> InputPaths.expand(a, summary).stream()).toList();
    List<Document> documents = inputs.stream().map(i -> Document.ofFile(i.file(), i.location())).toList();
    // A first pass over the scraped text pages: each site's template is learned from all of its
    // pages before any is read, so that its first page is read as well as its last.
    readers.forgetLearned();
    documents.forEach(readers::learn);
    long[] sinceCommit = {0};
    for (int i = 0; i < documents.size(); i++) {
      Path file = inputs.get(i).file();
      int index = i;
      summary.addFile();
      Pipeline.Output out = processed -> {
        store(processed, summary);
        if (++sinceCommit[0] >= commitEvery) {
          commit();
          sinceCommit[0] = 0;
        }
        progress.update(summary, index, documents.size(), file);
      };
      ingestFile(documents.get(i), out, summary);
      progress.update(summary, index + 1, documents.size(), file);
    }
    commit();
    return summary;
  }

  private void store(Processed processed, IngestSummary summary) throws IOException {
    summary.addRead();
    try {
      switch (storage.write(processed)) {
        case CREATED -> summary.addCreated();
        case UPDATED -> summary.addUpdated();
        case UNCHANGED -> summary.addUnchanged();
      }
    } catch (IOException e) {
      throw new StoreFailure(e);
    }
  }

  private void commit() throws IOException {
    try {
      storage.commit();
    } catch (IOException e) {
      throw new StoreFailure(e);
    }
  }

  private void ingestFile(Document document, Pipeline.Output out, IngestSummary summary) throws IOException {
    Diagnostics diagnostics = new Diagnostics(MAX_DIAGNOSTICS);
    try {
      pipeline.process(document, out, diagnostics);
    } catch (NotReadable e) {
      summary.skipped(document.location() + ": " + e.getMessage());
    } catch (IOException e) {
      if (e instanceof StoreFailure) {
        throw e;
      }
      summary.skipped(document.location() + ": cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    summary.diagnostics(document.location(), diagnostics);
  }

  /** Wraps an I/O failure of the store itself, as opposed to one of an input file: it stops the run. */
  static final class StoreFailure extends IOException {
    StoreFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
