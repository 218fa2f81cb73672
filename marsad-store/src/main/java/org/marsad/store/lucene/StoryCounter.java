package org.marsad.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.StoryPage;
import org.marsad.store.StoryQuery;
import org.marsad.store.StorySummary;

/**
 * Lists stories for a {@link StoryQuery} in two passes. The first goes over the placed articles
 * the query's dates admit and counts each story's articles and first and last time, by story
 * ordinal per segment, decoding each story's id once: all that ranking needs. The second goes only
 * over the articles of the page's stories, gathering (story, group) and (story, source) ordinal
 * pairs, deduplicated and only then decoded. Counting groups and sources for every story in the
 * range took most of a listing's time on a large store (1.2–2.2 s at 310,000 articles). Memory is
 * proportional to the stories in the range, never to a story-by-group table. Thread-safe.
 */
final class StoryCounter implements CollectorManager<StoryCounter.Tally, Map<String, StoryCounter.Story>> {
  /** A story's counts so far, merged across segments by id. */
  static final class Story {
    int articles;
    long minMillis = Long.MAX_VALUE;
    long maxMillis = Long.MIN_VALUE;
    final Set<String> groups = new HashSet<>();
    /** Folded source keys, so spelling variants of one outlet count once. */
    final Set<String> sources = new HashSet<>();

    void addAll(Story o) {
      articles += o.articles;
      minMillis = Math.min(minMillis, o.minMillis);
      maxMillis = Math.max(maxMillis, o.maxMillis);
      groups.addAll(o.groups);
      sources.addAll(o.sources);
    }

    StorySummary summary(String id) {
      boolean dated = minMillis <= maxMillis;
      return new StorySummary(id, articles, groups.size(), sources.size(),
          dated ? Instant.ofEpochMilli(minMillis) : null, dated ? Instant.ofEpochMilli(maxMillis) : null);
    }
  }

  private static final Comparator<StorySummary> LAST_NEWEST_FIRST =
      Comparator.comparing(StorySummary::last, Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
  private static final Comparator<StorySummary> LARGEST_FIRST =
      Comparator.comparingInt(StorySummary::articles).reversed();
  private static final Comparator<StorySummary> BY_ID = Comparator.comparing(StorySummary::storyId);

  /** Whether the pass gathers groups and sources (the page's stories) or only counts (all). */
  private final boolean members;

  private StoryCounter(boolean members) {
    this.members = members;
  }

  static StoryPage page(IndexSearcher searcher, StoryQuery q) throws IOException {
    Query range = query(q);
    Map<String, Story> counted = searcher.search(range, new StoryCounter(false));
    List<StorySummary> passing = new ArrayList<>();
    counted.forEach((id, s) -> {
      if (s.articles >= q.minArticles()) {
        passing.add(s.summary(id)); // groups and sources not known yet: not used for ranking
      }
    });
    passing.sort(switch (q.order()) {
      case LARGEST -> LARGEST_FIRST.thenComparing(LAST_NEWEST_FIRST).thenComparing(BY_ID);
      case LATEST -> LAST_NEWEST_FIRST.thenComparing(LARGEST_FIRST).thenComparing(BY_ID);
    });
    int from = Math.min(q.offset(), passing.size());
    int to = (int) Math.min((long) from + q.limit(), passing.size());
    List<StorySummary> page = passing.subList(from, to);
    if (page.isEmpty()) {
      return new StoryPage(passing.size(), List.of());
    }
    List<BytesRef> ids = new ArrayList<>();
    page.forEach(s -> ids.add(new BytesRef(s.storyId())));
    Query pageArticles = new BooleanQuery.Builder()
        .add(range, BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(PlacementFields.STORY, ids), BooleanClause.Occur.FILTER)
        .build();
    Map<String, Story> full = searcher.search(pageArticles, new StoryCounter(true));
    List<StorySummary> summaries = new ArrayList<>(page.size());
    for (StorySummary s : page) {
      summaries.add(full.get(s.storyId()).summary(s.storyId()));
    }
    return new StoryPage(passing.size(), summaries);
  }

  /** Placed articles in the date range; undated ones only when the range is open at both ends. */
  static Query query(StoryQuery q) {
    Query placed = new FieldExistsQuery(PlacementFields.STORY);
    if (q.from() == null && q.to() == null) {
      return placed;
    }
    long from = q.from() == null ? Long.MIN_VALUE : ceilMillis(q.from());
    long to = q.to() == null ? Long.MAX_VALUE : floorMillis(q.to());
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, from, to), BooleanClause.Occur.FILTER)
        .add(placed, BooleanClause.Occur.FILTER)
        .build();
  }

  /** Epoch millis at or before {@code t}, saturated for instants beyond a long of millis. */
  private static long floorMillis(Instant t) {
    try {
      return t.toEpochMilli();
    } catch (ArithmeticException e) {
      return t.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** Epoch millis at or after {@code t}: a from-bound with sub-millisecond parts admits no earlier millisecond. */
  private static long ceilMillis(Instant t) {
    long floor = floorMillis(t);
    return t.getNano() % 1_000_000 != 0 && floor != Long.MAX_VALUE ? floor + 1 : floor;
  }

  @Override
  public Tally newCollector() {
    return new Tally(members);
  }

  @Override
  public Map<String, Story> reduce(Collection<Tally> collectors) {
    Map<String, Story> all = new HashMap<>();
    for (Tally t : collectors) {
      t.stories.forEach((id, s) -> all.computeIfAbsent(id, k -> new Story()).addAll(s));
    }
    return all;
  }

  /** The stories of one search thread. */
  static final class Tally implements Collector {
    final Map<String, Story> stories = new HashMap<>();
    private final boolean members;

    Tally(boolean members) {
      this.members = members;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      return new Leaf(context);
    }

    private final class Leaf implements LeafCollector {
      private final SortedDocValues storyIds;
      private final SortedDocValues groupIds;
      private final SortedDocValues sourceIds;
      private final NumericDocValues published;
      private final int[] articles;
      private final long[] minMillis;
      private final long[] maxMillis;
      /** (story ordinal, group ordinal) packed in a long, one per article, deduplicated at the end. */
      private long[] groupPairs = new long[64];
      private int groupPairCount;
      private long[] sourcePairs = new long[64];
      private int sourcePairCount;

      Leaf(LeafReaderContext context) throws IOException {
        storyIds = DocValues.getSorted(context.reader(), PlacementFields.STORY);
        groupIds = DocValues.getSorted(context.reader(), PlacementFields.GROUP);
        sourceIds = DocValues.getSorted(context.reader(), ArticleDocuments.SOURCE_PAIR);
        published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
        int n = storyIds.getValueCount();
        articles = new int[n];
        minMillis = new long[n];
        maxMillis = new long[n];
        Arrays.fill(minMillis, Long.MAX_VALUE);
        Arrays.fill(maxMillis, Long.MIN_VALUE);
      }

      @Override
      public void setScorer(Scorable scorer) {
        // Counting needs no scores.
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!storyIds.advanceExact(doc)) {
          return;
        }
        int story = storyIds.ordValue();
        articles[story]++;
        if (published.advanceExact(doc)) {
          minMillis[story] = Math.min(minMillis[story], published.longValue());
          maxMillis[story] = Math.max(maxMillis[story], published.longValue());
        }
        if (!members) {
          return;
        }
        if (groupIds.advanceExact(doc)) {
          groupPairs = push(groupPairs, groupPairCount++, pack(story, groupIds.ordValue()));
        }
        if (sourceIds.advanceExact(doc)) {
          sourcePairs = push(sourcePairs, sourcePairCount++, pack(story, sourceIds.ordValue()));
        }
      }

      @Override
      public void finish() throws IOException {
        String[] ids = new String[articles.length];
        for (int ord = 0; ord < articles.length; ord++) {
          if (articles[ord] > 0) {
            ids[ord] = storyIds.lookupOrd(ord).utf8ToString();
            Story s = stories.computeIfAbsent(ids[ord], k -> new Story());
            s.articles += articles[ord];
            s.minMillis = Math.min(s.minMillis, minMillis[ord]);
            s.maxMillis = Math.max(s.maxMillis, maxMillis[ord]);
          }
        }
        forEachDistinct(groupPairs, groupPairCount, (story, group) ->
            stories.get(ids[story]).groups.add(groupIds.lookupOrd(group).utf8ToString()));
        forEachDistinct(sourcePairs, sourcePairCount, (story, source) ->
            stories.get(ids[story]).sources.add(ArticleDocuments.pairKey(sourceIds.lookupOrd(source))));
      }
    }
  }

  private interface PairVisitor {
    void visit(int story, int other) throws IOException;
  }

  private static long pack(int story, int other) {
    return ((long) story << 32) | (other & 0xFFFFFFFFL);
  }

  private static long[] push(long[] array, int index, long value) {
    long[] a = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
    a[index] = value;
    return a;
  }

  private static void forEachDistinct(long[] pairs, int count, PairVisitor visitor) throws IOException {
    Arrays.sort(pairs, 0, count);
    for (int i = 0; i < count; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        visitor.visit((int) (pairs[i] >>> 32), (int) pairs[i]);
      }
    }
  }

}
