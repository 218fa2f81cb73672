package org.marsad.eval.stories;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.marsad.app.ingest.IngestSummary;
import org.marsad.app.ingest.Ingester;
import org.marsad.app.stories.Storage;
import org.marsad.eval.bench.IngestBench;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;
import org.marsad.pipeline.DisplayText;
import org.marsad.stories.ArticleFeatures;
import org.marsad.stories.Placed;
import org.marsad.stories.StoryEngine;
import org.marsad.stories.dedup.Fingerprint;
import org.marsad.store.codec.ArticleJson;
import org.marsad.store.lucene.LuceneStore;

/**
 * {@code marsad bench stories}: the corpus ingested as {@code marsad ingest} does, once into a
 * plain store and once with duplicate detection and story clustering, alternating so the JIT warms
 * both; the best round of each counts. Also: the cost of placing per article for each block of
 * 5,000 (flat if nothing scans what came before), peak heap, groups and stories found, how
 * close the stories are when the same articles arrive in another order, and how many stories
 * hold template siblings ({@link TemplateSiblings}).
 */
public final class StoriesBench {
  static final int BLOCK = 5_000;

  public ObjectNode run(List<Path> corpus, int rounds, long seed, Path scratch) throws IOException {
    List<String> inputs = corpus.stream().map(Path::toString).toList();
    double plain = 0;
    double placing = 0;
    long articles = 0;
    List<Double> blockMicros = List.of();
    long peakHeap = 0;
    long engineBytes = 0;
    Map<String, String> groups = Map.of();
    Map<String, String> stories = Map.of();
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      try (Storage storage = new Storage(LuceneStore.open(IngestBench.fresh(scratch.resolve("plain"))), null, m -> {})) {
        articles = new Ingester(storage, 50_000, false).ingest(inputs, Ingester.Progress.NONE).articlesRead();
      }
      plain = Math.max(plain, articles / seconds(start));
      System.gc();
      resetPeaks();
      start = System.nanoTime();
      try (Storage store = Storage.open(IngestBench.fresh(scratch.resolve("placing")), m -> {})) {
        BlockTimer timer = new BlockTimer(store);
        new Ingester(store, 50_000).ingest(inputs, timer);
        double perSecond = articles / seconds(start);
        if (perSecond > placing) {
          placing = perSecond;
          blockMicros = timer.micros();
          peakHeap = peakHeap();
          engineBytes = store.engine().approximateBytes();
          groups = new HashMap<>();
          stories = new HashMap<>();
          Map<String, String> g = groups;
          Map<String, String> s = stories;
          store.store().forEachPlacement((id, p) -> {
            g.put(id, p.groupId());
            s.put(id, p.storyId());
          });
        }
      }
    }
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("task", "bench-stories");
    n.put("articles", articles);
    n.put("withoutArticlesPerSecond", round1(plain));
    n.put("withArticlesPerSecond", round1(placing));
    n.put("addedIngestTime", round3(plain / placing - 1));
    ArrayNode blocks = n.putArray("placingMicrosPerArticlePer5000");
    blockMicros.forEach(m -> blocks.add(round1(m)));
    n.put("peakHeapMegabytes", peakHeap / (1024 * 1024));
    n.put("engineMegabytes", round1(engineBytes / (1024.0 * 1024)));
    // the engine's heap per stored article: bounded by the open window, this would fall as the store grows
    n.put("engineBytesPerArticle", articles == 0 ? 0 : engineBytes / articles);
    n.put("duplicateGroups", clustersOfTwoOrMore(groups));
    n.put("articlesInDuplicateGroups", membersOfClustersOfTwoOrMore(groups));
    n.put("stories", new HashSet<>(stories.values()).size());
    n.put("storiesOfTwoOrMore", clustersOfTwoOrMore(stories));
    orderRobustness(n, corpus, seed, groups, stories);
    return n;
  }

  /**
   * The same articles placed by fresh engines in memory: in corpus order (must equal the store's
   * placements exactly), and in a shuffled order (files shuffled, articles shuffled within each,
   * so memory stays one file), compared by B-cubed F1.
   */
  private static void orderRobustness(ObjectNode n, List<Path> corpus, long seed, Map<String, String> groups, Map<String, String> stories)
      throws IOException {
    Map<String, String> sameGroups = new HashMap<>();
    Map<String, String> sameStories = new HashMap<>();
    Map<String, Fingerprint> fingerprints = new HashMap<>();
    place(corpus, null, sameGroups, sameStories, fingerprints);
    n.put("sameOrderIdentical", sameGroups.equals(groups) && sameStories.equals(stories));
    TemplateSiblings.Count siblings = TemplateSiblings.count(sameGroups, sameStories, fingerprints);
    n.put("storiesWithTemplateSiblings", siblings.stories());
    n.put("templateSiblingPairsInStories", siblings.pairs());
    Map<String, String> shuffledGroups = new HashMap<>();
    Map<String, String> shuffledStories = new HashMap<>();
    place(corpus, new Random(seed), shuffledGroups, shuffledStories, null);
    Partitions.Agreement g = Partitions.bcubed(groups, shuffledGroups);
    Partitions.Agreement s = Partitions.bcubed(stories, shuffledStories);
    ObjectNode o = n.putObject("shuffledOrder");
    o.put("seed", seed);
    o.put("groupsBcubedF1", round3(g.f1()));
    o.put("storiesBcubedPrecision", round3(s.precision()));
    o.put("storiesBcubedRecall", round3(s.recall()));
    o.put("storiesBcubedF1", round3(s.f1()));
  }

  private static void place(List<Path> corpus, @Nullable Random shuffle,
      Map<String, String> groups, Map<String, String> stories, @Nullable Map<String, Fingerprint> fingerprints)
      throws IOException {
    StoryEngine engine = new StoryEngine();
    List<Path> files = new ArrayList<>(corpus);
    if (shuffle != null) {
      Collections.shuffle(files, shuffle);
    }
    RecordsReader reader = new RecordsReader();
    for (Path file : files) {
      List<Article> day = new ArrayList<>();
      reader.read(file, day::add, new Diagnostics());
      if (shuffle != null) {
        Collections.shuffle(day, shuffle);
      }
      for (Article a : day) {
        // as the pipeline places it: in display form
        ArticleFeatures f = ArticleFeatures.of(DisplayText.of(a));
        Placed p = engine.place(f);
        if (fingerprints != null) {
          fingerprints.put(a.id(), f.fingerprint());
        }
        groups.put(a.id(), p.groupId());
        stories.put(a.id(), p.storyId());
        for (String moved : p.regrouped()) {
          groups.put(moved, p.groupId()); // its group merged into this one, as the store rewrites it
        }
      }
    }
  }

  /** Records the placing time of each block of {@link #BLOCK} articles read. */
  private static final class BlockTimer implements Ingester.Progress {
    private final Storage store;
    private final List<Double> micros = new ArrayList<>();
    private long lastRead;
    private long lastNanos;

    BlockTimer(Storage store) {
      this.store = store;
    }

    @Override
    public void update(IngestSummary summary, int fileIndex, int fileCount, Path file) {
      long read = summary.articlesRead();
      if (read - lastRead >= BLOCK) {
        long nanos = store.placingNanos();
        micros.add((nanos - lastNanos) / 1e3 / (read - lastRead));
        lastRead = read;
        lastNanos = nanos;
      }
    }

    List<Double> micros() {
      return List.copyOf(micros);
    }
  }

  private static int clustersOfTwoOrMore(Map<String, String> clusters) {
    return (int) sizes(clusters).values().stream().filter(c -> c >= 2).count();
  }

  private static int membersOfClustersOfTwoOrMore(Map<String, String> clusters) {
    return sizes(clusters).values().stream().filter(c -> c >= 2).mapToInt(Integer::intValue).sum();
  }

  private static Map<String, Integer> sizes(Map<String, String> clusters) {
    Map<String, Integer> sizes = new HashMap<>();
    clusters.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double seconds(long start) {
    return Math.max((System.nanoTime() - start) / 1e9, 1e-6);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
