package org.marsad.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.marsad.store.SourceSummary;
import org.marsad.store.StoreStats;

/**
 * Computes {@link StoreStats} from doc values of live documents only; points' min/max would
 * still count replaced versions of updated articles.
 */
final class StatsReader {
  private StatsReader() {}

  static StoreStats read(IndexReader reader) throws IOException {
    Map<String, Long> perSource = new HashMap<>();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues sources = DocValues.getSorted(leaf, ArticleDocuments.SOURCE_FACET);
      NumericDocValues published = DocValues.getNumeric(leaf, ArticleDocuments.PUBLISHED);
      long[] perOrd = new long[sources.getValueCount()];
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (sources.advanceExact(doc)) {
          perOrd[sources.ordValue()]++;
        }
        if (published.advanceExact(doc)) {
          min = Math.min(min, published.longValue());
          max = Math.max(max, published.longValue());
        }
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          perSource.merge(sources.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
        }
      }
    }
    boolean dated = min <= max;
    return new StoreStats(
        reader.numDocs(),
        mostFirst(perSource),
        dated ? Instant.ofEpochMilli(min) : null,
        dated ? Instant.ofEpochMilli(max) : null);
  }

  /**
   * Live articles per source, grouped by the source's folded key and shown in its most common
   * spelling, with their publication range. Articles written before {@link
   * ArticleDocuments#SOURCE_PAIR} existed are left out until re-ingested.
   */
  static List<SourceSummary> sources(IndexReader reader, int limit) throws IOException {
    KeyedCounts counts = new KeyedCounts();
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues pairs = DocValues.getSorted(leaf, ArticleDocuments.SOURCE_PAIR);
      NumericDocValues published = DocValues.getNumeric(leaf, ArticleDocuments.PUBLISHED);
      int n = pairs.getValueCount();
      long[] perOrd = new long[n];
      long[] min = new long[n];
      long[] max = new long[n];
      Arrays.fill(min, Long.MAX_VALUE);
      Arrays.fill(max, Long.MIN_VALUE);
      for (int doc = pairs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pairs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        int ord = pairs.ordValue();
        perOrd[ord]++;
        if (published.advanceExact(doc)) {
          min[ord] = Math.min(min[ord], published.longValue());
          max[ord] = Math.max(max[ord], published.longValue());
        }
      }
      for (int ord = 0; ord < n; ord++) {
        if (perOrd[ord] > 0) {
          counts.add(pairs.lookupOrd(ord), perOrd[ord], min[ord], max[ord]);
        }
      }
    }
    return counts.summaries(limit);
  }

  private static Map<String, Long> mostFirst(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
