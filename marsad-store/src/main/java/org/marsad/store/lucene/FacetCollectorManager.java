package org.marsad.store.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.CollectorManager;
import org.marsad.store.DateBucket;
import org.marsad.store.DateGrain;
import org.marsad.store.Facets;

/** Counts facets over all matches with {@link FacetCollector}s and merges them. Thread-safe. */
final class FacetCollectorManager implements CollectorManager<FacetCollector, FacetCollectorManager.Tally> {
  /** The total and facets of a search. */
  record Tally(long total, Facets facets) {}

  private final int limit;

  /** @param limit sources and tags to keep, most first */
  FacetCollectorManager(int limit) {
    this.limit = limit;
  }

  @Override
  public FacetCollector newCollector() {
    return new FacetCollector();
  }

  @Override
  public Tally reduce(Collection<FacetCollector> collectors) {
    long total = 0;
    KeyedCounts sources = new KeyedCounts();
    KeyedCounts tags = new KeyedCounts();
    TreeMap<Long, Long> days = new TreeMap<>();
    for (FacetCollector c : collectors) {
      total += c.total;
      sources.addAll(c.sources);
      tags.addAll(c.tags);
      c.days.forEach((day, n) -> days.merge(day, n[0], Long::sum));
    }
    return new Tally(total, new Facets(sources.top(limit), tags.top(limit), histogram(days)));
  }

  /** Non-empty periods of the finest grain that spans the days in at most the allowed buckets. */
  static List<DateBucket> histogram(TreeMap<Long, Long> days) {
    if (days.isEmpty()) {
      return List.of();
    }
    LocalDate first = LocalDate.ofEpochDay(days.firstKey());
    LocalDate last = LocalDate.ofEpochDay(days.lastKey());
    DateGrain grain = grain(first, last);
    TreeMap<LocalDate, Long> buckets = new TreeMap<>();
    for (Map.Entry<Long, Long> e : days.entrySet()) {
      buckets.merge(grain.start(LocalDate.ofEpochDay(e.getKey())), e.getValue(), Long::sum);
    }
    List<DateBucket> out = new ArrayList<>(buckets.size());
    buckets.forEach((start, n) -> out.add(new DateBucket(start, grain, n)));
    return out;
  }

  static DateGrain grain(LocalDate first, LocalDate last) {
    if (last.toEpochDay() - first.toEpochDay() < Facets.MAX_DATE_BUCKETS) {
      return DateGrain.DAY;
    }
    long months = (last.getYear() - (long) first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue();
    return months < Facets.MAX_DATE_BUCKETS ? DateGrain.MONTH : DateGrain.YEAR;
  }
}
