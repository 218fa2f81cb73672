package org.marsad.eval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.stories.Storage;
import org.marsad.app.stories.StoryViews;
import org.marsad.model.Article;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad bench related}: the related reads of an article page, over the whole stored
 * corpus. Marsad's are what the page shows ({@link StoryViews#related}: candidates from the store's
 * word index, ranked by the story engine); the peer is Lucene's {@link MoreLikeThis} on a plain
 * index of the same records with its {@code ArabicAnalyzer}, asked for as many. The same sampled
 * articles, one after another on one thread; each side is run once over the sample to warm up,
 * then timed.
 */
public final class RelatedBench {
  /** Latencies of both sides. */
  public record Result(long articles, int reads, Latencies marsad, Latencies lucene) {
    public double ratio() {
      return marsad.p50Ms() / lucene.p50Ms();
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "bench-related");
      n.put("articles", articles);
      n.put("reads", reads);
      marsad.toJson(n.putObject("marsad"));
      lucene.toJson(n.putObject("lucene"));
      n.put("ratio", Math.round(ratio() * 1000) / 1000.0);
      return n;
    }
  }

  public Result run(List<Path> corpus, int reads, long seed, Path scratch) throws IOException {
    if (reads < 1) {
      throw new IllegalArgumentException("reads: must be >= 1, got " + reads);
    }
    Path lucenePath = IngestBench.fresh(scratch.resolve("lucene"));
    IngestBench.luceneIngest(corpus, lucenePath);
    try (Storage storage = Storage.open(IngestBench.fresh(scratch.resolve("marsad")), m -> {})) {
      long articles = new Ingester(storage, 50_000).ingest(corpus.stream().map(Path::toString).toList(), Ingester.Progress.NONE)
          .articlesRead();
      storage.commit();
      List<String> ids = sample(storage, reads, seed);
      StoryViews views = new StoryViews(storage);
      try (FSDirectory dir = FSDirectory.open(lucenePath); DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(new ArabicAnalyzer());
        mlt.setFieldNames(new String[] {"title", "body"});
        Side marsad = id -> views.related(storage.store().find(id).orElseThrow(), StoryViews.RELATED_READS).size();
        Side lucene = id -> moreLikeThis(searcher, mlt, id);
        timed(marsad, ids);
        timed(lucene, ids);
        return new Result(articles, ids.size(), timed(marsad, ids), timed(lucene, ids));
      }
    }
  }

  /** One side's related reads of an article: how many it found. */
  private interface Side {
    int related(String id) throws IOException;
  }

  private static Latencies timed(Side side, List<String> ids) throws IOException {
    long[] nanos = new long[ids.size()];
    long start = System.nanoTime();
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      side.related(ids.get(i));
      nanos[i] = System.nanoTime() - t;
    }
    return Latencies.of(nanos, System.nanoTime() - start);
  }

  /** The article's doc, a MoreLikeThis query made from it, and the titles of its best hits, itself left out. */
  private static int moreLikeThis(IndexSearcher searcher, MoreLikeThis mlt, String id) throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term("id", id)), 1);
    if (self.scoreDocs.length == 0) {
      return 0;
    }
    int doc = self.scoreDocs[0].doc;
    Query like = mlt.like(doc);
    int found = 0;
    for (ScoreDoc hit : searcher.search(like, StoryViews.RELATED_READS + 1).scoreDocs) {
      if (hit.doc != doc && found < StoryViews.RELATED_READS) {
        searcher.storedFields().document(hit.doc, Set.of("title")).get("title");
        found++;
      }
    }
    return found;
  }

  /** {@code n} stored ids chosen uniformly by a seeded reservoir, memory bounded by {@code n}. */
  private static List<String> sample(Storage storage, int n, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> chosen = new ArrayList<>(n);
    long[] seen = {0};
    storage.store().forEachPlacement((id, placement) -> {
      seen[0]++;
      if (chosen.size() < n) {
        chosen.add(id);
      } else {
        long j = (long) (random.nextDouble() * seen[0]);
        if (j < n) {
          chosen.set((int) j, id);
        }
      }
    });
    return chosen;
  }
}
