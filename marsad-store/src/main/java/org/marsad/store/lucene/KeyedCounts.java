package org.marsad.store.lucene;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.marsad.store.FacetCount;
import org.marsad.store.SourceSummary;

/**
 * Article counts per folded key (of {@link ArticleDocuments#pair} doc values), remembering how
 * often each original spelling occurred so a key is shown as its most common spelling. Memory is
 * proportional to distinct keys and spellings. Not thread-safe: one per collector.
 */
final class KeyedCounts {
  private static final class Entry {
    long count;
    long minMillis = Long.MAX_VALUE;
    long maxMillis = Long.MIN_VALUE;
    /** Usually a single spelling; sized for that. */
    final Map<String, Long> spellings = new HashMap<>(2);

    /** The most common spelling, ties by natural order, so the choice never depends on segments. */
    String display() {
      String best = null;
      long bestCount = -1;
      for (Map.Entry<String, Long> e : spellings.entrySet()) {
        if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best == null ? "" : best;
    }
  }

  private final Map<String, Entry> byKey = new HashMap<>();

  /** Adds {@code count} articles carrying {@code pair}; a segment adds each ordinal once. */
  void add(BytesRef pair, long count) {
    add(pair, count, Long.MAX_VALUE, Long.MIN_VALUE);
  }

  /** As {@link #add(BytesRef, long)}, widening the key's publication range (epoch millis). */
  void add(BytesRef pair, long count, long minMillis, long maxMillis) {
    add(ArticleDocuments.pairKey(pair), ArticleDocuments.pairDisplay(pair), count, minMillis, maxMillis);
  }

  private void add(String key, String display, long count, long minMillis, long maxMillis) {
    Entry e = byKey.computeIfAbsent(key, k -> new Entry());
    e.count += count;
    e.minMillis = Math.min(e.minMillis, minMillis);
    e.maxMillis = Math.max(e.maxMillis, maxMillis);
    e.spellings.merge(display, count, Long::sum);
  }

  void addAll(KeyedCounts other) {
    other.byKey.forEach((key, o) -> {
      Entry e = byKey.computeIfAbsent(key, k -> new Entry());
      e.count += o.count;
      e.minMillis = Math.min(e.minMillis, o.minMillis);
      e.maxMillis = Math.max(e.maxMillis, o.maxMillis);
      o.spellings.forEach((s, c) -> e.spellings.merge(s, c, Long::sum));
    });
  }

  /** The {@code limit} keys with most articles, ties by display value. */
  List<FacetCount> top(int limit) {
    return byKey.values().stream()
        .map(e -> new FacetCount(e.display(), e.count))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .limit(limit)
        .toList();
  }

  /** As {@link #top} with each key's publication range. */
  List<SourceSummary> summaries(int limit) {
    return byKey.values().stream()
        .map(e -> new SourceSummary(e.display(), e.count, instant(e.minMillis, e), instant(e.maxMillis, e)))
        .sorted(Comparator.comparingLong(SourceSummary::articles).reversed().thenComparing(SourceSummary::source))
        .limit(limit)
        .toList();
  }

  private static @Nullable Instant instant(long millis, Entry e) {
    return e.minMillis <= e.maxMillis ? Instant.ofEpochMilli(millis) : null;
  }
}
