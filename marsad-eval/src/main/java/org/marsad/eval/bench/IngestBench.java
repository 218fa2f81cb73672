package org.marsad.eval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.marsad.app.ingest.IngestSummary;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.stories.Storage;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.store.codec.ArticleJson;
import org.marsad.store.lucene.LuceneStore;

/**
 * {@code marsad bench ingest}: the same corpus through Marsad's ingest (read, normalize, analyze,
 * dedupe by id, store the article JSON, index) and through plain Lucene with its {@code
 * ArabicAnalyzer} (the same records reader, then title and body as two text fields). Each side runs
 * {@code rounds} times, alternating, into a fresh index; the best round of each counts, so the JIT
 * warms up fairly.
 */
public final class IngestBench {

  /** Throughput of both sides. */
  public record Result(long articles, double marsadPerSecond, double lucenePerSecond) {
    public double ratio() {
      return marsadPerSecond / lucenePerSecond;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "bench-ingest");
      n.put("articles", articles);
      n.putObject("marsad").put("articlesPerSecond", round(marsadPerSecond));
      n.putObject("lucene").put("articlesPerSecond", round(lucenePerSecond));
      n.put("ratio", Math.round(ratio() * 1000) / 1000.0);
      return n;
    }
  }

  public Result run(List<Path> corpus, int rounds, Path scratch) throws IOException {
    double bestMarsad = 0;
    double bestLucene = 0;
    long articles = 0;
    for (int round = 0; round < rounds; round++) {
      long[] count = {0};
      double lucene = timed(() -> count[0] = luceneIngest(corpus, fresh(scratch.resolve("lucene"))), count);
      bestLucene = Math.max(bestLucene, lucene);
      double marsad = timed(() -> count[0] = marsadIngest(corpus, fresh(scratch.resolve("marsad"))), count);
      bestMarsad = Math.max(bestMarsad, marsad);
      articles = count[0];
    }
    return new Result(articles, bestMarsad, bestLucene);
  }

  private interface Run {
    void run() throws IOException;
  }

  private static double timed(Run run, long[] count) throws IOException {
    long start = System.nanoTime();
    run.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    return count[0] / Math.max(seconds, 1e-6);
  }

  private static long marsadIngest(List<Path> corpus, Path dir) throws IOException {
    try (Storage storage = new Storage(LuceneStore.open(dir), null, m -> {})) {
      IngestSummary s = new Ingester(storage, 50_000, false).ingest(corpus.stream().map(Path::toString).toList(), Ingester.Progress.NONE);
      return s.articlesRead();
    }
  }

  /** Plain Lucene's index of the corpus in {@code dir}: id, title and body, with its {@code ArabicAnalyzer}. */
  static long luceneIngest(List<Path> corpus, Path dir) throws IOException {
    RecordsReader reader = new RecordsReader();
    long[] count = {0};
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ArabicAnalyzer()))) {
      for (Path path : corpus) {
        reader.read(
            path,
            article -> {
              writer.addDocument(luceneDocument(article));
              count[0]++;
            },
            new Diagnostics());
      }
      writer.commit();
    }
    return count[0];
  }

  private static Document luceneDocument(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new TextField("title", a.title(), Field.Store.YES));
    d.add(new TextField("body", a.text(), Field.Store.YES));
    return d;
  }

  /** The folder, emptied or created: a fresh store for each ingest run. */
  public static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
