package org.marsad.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;

/**
 * Counts every matching document in one pass over doc values: the total, sources and tags (by
 * segment ordinal, folded into {@link KeyedCounts} when the segment is done, so strings are only
 * decoded once per distinct value and segment) and UTC publication days. Memory is proportional to
 * the distinct values, not the matches. One per search thread; see {@link FacetCollectorManager}.
 */
final class FacetCollector implements Collector {
  static final long MILLIS_PER_DAY = 86_400_000L;
  /** Longest segment date range counted in an array (a century: 146 KB); beyond, a map. */
  private static final int MAX_DAY_ARRAY = 36_525;

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
    /** Counts per day from {@link #firstDay}, when the segment's date range is known and short. */
    private final int @Nullable [] perDay;
    private final long firstDay;
    private long lastDay = Long.MIN_VALUE;
    private long[] lastDayCount = new long[1];

    Leaf(LeafReaderContext context) throws IOException {
      // DocValues.get* give empty values for segments written before these fields existed.
      sourcePairs = DocValues.getSorted(context.reader(), ArticleDocuments.SOURCE_PAIR);
      tagPairs = DocValues.getSortedSet(context.reader(), ArticleDocuments.TAG_PAIR);
      published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
      perSource = new int[sourcePairs.getValueCount()];
      perTag = new int[Math.toIntExact(tagPairs.getValueCount())];
      // The points hold the segment's date range (deleted documents included, which only widens
      // it): within it a day is an array index, cheaper than a map lookup for every match.
      PointValues points = context.reader().getPointValues(ArticleDocuments.PUBLISHED);
      long first = 0;
      int[] dayCounts = null;
      if (points != null && points.size() > 0) {
        first = Math.floorDiv(LongPoint.decodeDimension(points.getMinPackedValue(), 0), MILLIS_PER_DAY);
        long last = Math.floorDiv(LongPoint.decodeDimension(points.getMaxPackedValue(), 0), MILLIS_PER_DAY);
        if (last - first < MAX_DAY_ARRAY) {
          dayCounts = new int[(int) (last - first + 1)];
        }
      }
      firstDay = first;
      perDay = dayCounts;
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
        long i = day - firstDay;
        if (perDay != null && i >= 0 && i < perDay.length) {
          perDay[(int) i]++;
        } else {
          countInMap(day);
        }
      }
    }

    private void countInMap(long day) {
      // Matches come in index order, which is mostly ingest order, so runs of one day are common.
      if (day != lastDay) {
        lastDay = day;
        lastDayCount = days.computeIfAbsent(day, d -> new long[1]);
      }
      lastDayCount[0]++;
    }

    @Override
    public void finish() throws IOException {
      if (perDay != null) {
        for (int i = 0; i < perDay.length; i++) {
          if (perDay[i] > 0) {
            days.computeIfAbsent(firstDay + i, d -> new long[1])[0] += perDay[i];
          }
        }
      }
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
