package org.marsad.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every matching document in one pass over doc values: the total, sources and tags (by
 * segment ordinal, folded into {@link KeyedCounts} when the segment is done, so strings are only
 * decoded once per distinct value and segment) and UTC publication days. Memory is proportional to
 * the distinct values, not the matches. One per search thread; see {@link FacetCollectorManager}.
 */
final class FacetCollector implements Collector {
  static final long MILLIS_PER_DAY = 86_400_000L;

  long total;
  final KeyedCounts sources = new KeyedCounts();
  final KeyedCounts tags = new KeyedCounts();
  /** Epoch day to a one-element counter, so counting a known day allocates nothing. */
  final Map<Long, long[]> days = new HashMap<>();

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new Leaf(context);
  }

  private final class Leaf implements LeafCollector {
    private final SortedDocValues sourcePairs;
    private final SortedSetDocValues tagPairs;
    private final NumericDocValues published;
    private final int[] perSource;
    private final int[] perTag;
    private long lastDay = Long.MIN_VALUE;
    private long[] lastDayCount = new long[1];

    Leaf(LeafReaderContext context) throws IOException {
      // DocValues.get* give empty values for segments written before these fields existed.
      sourcePairs = DocValues.getSorted(context.reader(), ArticleDocuments.SOURCE_PAIR);
      tagPairs = DocValues.getSortedSet(context.reader(), ArticleDocuments.TAG_PAIR);
      published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
      perSource = new int[sourcePairs.getValueCount()];
      perTag = new int[Math.toIntExact(tagPairs.getValueCount())];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // Counting needs no scores.
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      if (sourcePairs.advanceExact(doc)) {
        perSource[sourcePairs.ordValue()]++;
      }
      if (tagPairs.advanceExact(doc)) {
        for (int i = tagPairs.docValueCount(); i > 0; i--) {
          perTag[(int) tagPairs.nextOrd()]++;
        }
      }
      if (published.advanceExact(doc)) {
        long day = Math.floorDiv(published.longValue(), MILLIS_PER_DAY);
        // Matches come in index order, which is mostly ingest order, so runs of one day are common.
        if (day != lastDay) {
          lastDay = day;
          lastDayCount = days.computeIfAbsent(day, d -> new long[1]);
        }
        lastDayCount[0]++;
      }
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < perSource.length; ord++) {
        if (perSource[ord] > 0) {
          sources.add(sourcePairs.lookupOrd(ord), perSource[ord]);
        }
      }
      for (int ord = 0; ord < perTag.length; ord++) {
        if (perTag[ord] > 0) {
          tags.add(tagPairs.lookupOrd(ord), perTag[ord]);
        }
      }
    }
  }
}
