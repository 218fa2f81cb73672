package org.marsad.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
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

  private static Map<String, Long> mostFirst(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
