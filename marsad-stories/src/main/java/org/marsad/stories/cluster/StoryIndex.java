package org.marsad.stories.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.io.Snapshots;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/**
 * The stories of a {@link StoryClusterer}: open ones posted in a {@link CandidateIndex} under
 * their top centroid terms and kept in a set by last time, which closes them; closed ones (last
 * time more than a window before the newest time seen) with a short centroid, posted in a second
 * index for late articles. Maps are looked up, never iterated; the open set iterates in (last
 * time, id) order. Not thread-safe.
 */
final class StoryIndex {
  /**
   * Open centroids' tf-idf weights are refreshed once the table has grown by this fraction
   * since the last refresh: a term whose count stays put has its idf moved by at most ln 1.05,
   * and a story whose terms are in fashion gains members, and fresh weights with each.
   */
  private static final double REWEIGH_GROWTH = 0.05;
  /**
   * Closed stories a late article looks at per query term: the most recently closed ones posted
   * under it. A late article's cost stays bounded however many stories closed before (a backfill
   * of old articles into a large store would otherwise look at all of them); the stories it can
   * join closed around its own time, which for news arriving roughly in order is recently.
   */
  static final int MAX_CLOSED_SCAN = 1_000;
  /**
   * The longest a story may run, in seconds: a week. Without it a recurring topic (the daily
   * market close, the weather, a run of congratulation telegrams) moves its window on every day
   * and chains into one story for months; an event's coverage rarely runs longer.
   */
  static final long MAX_SPAN = 7 * 24 * 3600L;

  private final DocumentFrequencies df;
  private final StoryClustererConfig config;
  private final long window;
  /** Stories by id, for restoring and for copies; looked up, never iterated. */
  private final Map<Integer, Story> byId = new HashMap<>();
  /** Stories by slot, which the postings and time sets hold. */
  private Story[] slots = new Story[64];
  private int size;
  private CandidateIndex postings = new CandidateIndex();
  /** Closed stories under the top terms of their short centroids, for late articles. */
  private CandidateIndex closedPostings = new CandidateIndex();
  private final TreeSet<Key> open = new TreeSet<>();
  private long newest = Long.MIN_VALUE;
  private long reweighAt;

  private record Key(long last, int slot) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Long.compare(last, o.last);
      return c != 0 ? c : Integer.compare(slot, o.slot);
    }
  }

  StoryIndex(DocumentFrequencies df, StoryClustererConfig config) {
    this.df = df;
    this.config = config;
    this.window = config.window().getSeconds();
  }

  @Nullable Story story(int id) {
    return byId.get(id);
  }

  int size() {
    return size;
  }

  int openSize() {
    return open.size();
  }

  /**
   * Moves the newest time on, closes the stories no article from then on can join, and
   * refreshes open centroids' weights when due.
   */
  void advance(long time) {
    if (time > newest) {
      newest = time;
      while (!open.isEmpty() && open.first().last() < newest - window) {
        Story s = slots[open.pollFirst().slot()];
        close(s);
      }
    }
    if (df.docs() >= reweighAt) {
      for (Key k : open) {
        Story s = slots[k.slot()];
        s.weighted = TfIdfVector.of(s.centroid, df);
      }
      reweighAt = Math.max(df.docs() + 1L, (long) Math.ceil(df.docs() * (1 + REWEIGH_GROWTH)));
    }
  }

  /**
   * Forgets every story whose last member's ordinal is below {@code floor}, open or closed: no
   * article is compared with it again. Its slot stays empty, so the slots of the stories kept,
   * and the order they are met in, do not change.
   */
  void evictLastBelow(int floor) {
    for (int i = 0; i < size; i++) {
      Story s = slots[i];
      if (s != null && s.lastOrdinal < floor) {
        unfile(s);
        reindex(s, TermVector.EMPTY);
        slots[i] = null;
        byId.remove(s.id);
      }
    }
  }

  /** Writes the stories in their slots, the postings in their order, and when to reweigh. */
  void writeTo(DataOutput out) throws IOException {
    out.writeLong(newest);
    out.writeLong(reweighAt);
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      out.writeBoolean(slots[i] != null);
      if (slots[i] != null) {
        slots[i].writeTo(out);
      }
    }
    postings.writeTo(out);
    closedPostings.writeTo(out);
  }

  /** Reads what {@link #writeTo} wrote into this empty index. */
  void readFrom(DataInput in) throws IOException {
    if (size > 0) {
      throw new IllegalStateException("reading into an index that holds stories");
    }
    newest = in.readLong();
    reweighAt = in.readLong();
    int n = Snapshots.count(in, "story slots");
    slots = new Story[Math.max(64, n)];
    for (int i = 0; i < n; i++) {
      if (in.readBoolean()) {
        Story s = Story.readFrom(in, i);
        slots[i] = s;
        byId.put(s.id, s);
        if (s.open) {
          open.add(new Key(s.last, s.slot));
        }
      }
    }
    size = n;
    postings = CandidateIndex.readFrom(in);
    closedPostings = CandidateIndex.readFrom(in);
  }

  /** Takes the story out of its time set (and the closed postings) before its last time changes. */
  void unfile(Story s) {
    if (s.open) {
      open.remove(new Key(s.last, s.slot));
    }
    for (long t : s.closedIndexed) {
      closedPostings.remove(t, s.slot);
    }
    s.closedIndexed = new long[0];
  }

  /** Files a new or changed story as open (indexed under its top terms) or closed, and weighs it. */
  void file(Story s) {
    if (s.slot < 0) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      s.slot = size;
      slots[size++] = s;
      byId.put(s.id, s);
    }
    if (s.last >= newest - window) {
      s.open = true;
      open.add(new Key(s.last, s.slot));
      reindex(s, s.centroid.top(config.indexTerms(), df));
      s.weighted = TfIdfVector.of(s.centroid, df);
    } else {
      close(s);
    }
  }

  private void close(Story s) {
    s.open = false;
    reindex(s, TermVector.EMPTY);
    s.centroid = s.centroid.top(config.closedTerms(), df);
    s.weighted = TfIdfVector.of(s.centroid, df);
    TermVector top = s.centroid.top(config.indexTerms(), df);
    s.closedIndexed = new long[top.size()];
    for (int i = 0; i < top.size(); i++) {
      s.closedIndexed[i] = top.term(i);
      closedPostings.add(top.term(i), s.slot);
    }
  }

  /** Posts the story under exactly the terms of {@code top}, changing only what differs. */
  private void reindex(Story s, TermVector top) {
    long[] now = new long[top.size()];
    for (int i = 0; i < now.length; i++) {
      now[i] = top.term(i);
    }
    for (long t : s.indexed) {
      if (Arrays.binarySearch(now, t) < 0) {
        postings.remove(t, s.slot);
      }
    }
    for (long t : now) {
      if (Arrays.binarySearch(s.indexed, t) < 0) {
        postings.add(t, s.slot);
      }
    }
    s.indexed = now;
  }

  /**
   * The stories an article at {@code time} may join that share one of its strongest terms: open
   * ones through the postings, and for a late article closed ones through the closed postings
   * (the latest {@link #MAX_CLOSED_SCAN} per term), kept when their span and the window cover the
   * article's time. At most {@code maxCandidates}, those sharing the most query weight
   * (ties to the lower id), in ascending id order.
   */
  Story[] candidates(TfIdfVector article, long time) {
    int[] query = strongest(article, config.queryTerms());
    long[] hits = new long[64];
    int n = 0;
    for (int k = 0; k < query.length; k++) {
      IntList found = postings.postings(article.term(query[k]));
      for (int i = 0; i < found.size(); i++) {
        hits = append(hits, n++, found.get(i), k);
      }
    }
    if (time < newest) {
      for (int k = 0; k < query.length; k++) {
        IntList found = closedPostings.postings(article.term(query[k]));
        for (int i = found.size() - 1, seen = 0; i >= 0 && seen < MAX_CLOSED_SCAN; i--, seen++) {
          hits = append(hits, n++, found.get(i), k);
        }
      }
    }
    // Packed as (slot, query rank): sorting groups a story's hits in query order.
    Arrays.sort(hits, 0, n);
    Story[] found = new Story[n];
    double[] shared = new double[n];
    int m = 0;
    for (int i = 0; i < n; ) {
      Story s = slots[(int) (hits[i] >>> 32)];
      double sum = 0;
      for (; i < n && slots[(int) (hits[i] >>> 32)] == s; i++) {
        sum += article.weight(query[(int) hits[i]]);
      }
      if (s.covers(time, window) && time - s.first <= MAX_SPAN && s.last - time <= MAX_SPAN) {
        found[m] = s;
        shared[m++] = sum;
      }
    }
    return strongestStories(found, shared, m, config.maxCandidates());
  }

  private static long[] append(long[] hits, int n, int slot, int rank) {
    long[] h = n == hits.length ? Arrays.copyOf(hits, n * 2) : hits;
    h[n] = ((long) slot << 32) | rank;
    return h;
  }

  /** Positions of the {@code n} largest weights, largest first, ties to the lower position. */
  private static int[] strongest(TfIdfVector v, int n) {
    Integer[] order = new Integer[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = Double.compare(v.weight(y), v.weight(x));
      return c != 0 ? c : Integer.compare(x, y);
    });
    int[] top = new int[Math.min(n, order.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = order[i];
    }
    return top;
  }

  /** The stories of the {@code k} largest scores among the first {@code m}, by ascending id. */
  private static Story[] strongestStories(Story[] stories, double[] score, int m, int k) {
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    if (m > k) {
      Arrays.sort(order, (x, y) -> {
        int c = Double.compare(score[y], score[x]);
        return c != 0 ? c : Integer.compare(stories[x].id, stories[y].id);
      });
    }
    Story[] top = new Story[Math.min(m, k)];
    for (int i = 0; i < top.length; i++) {
      top[i] = stories[order[i]];
    }
    Arrays.sort(top, (x, y) -> Integer.compare(x.id, y.id));
    return top;
  }

  long approximateBytes() {
    long bytes = 256 + postings.approximateBytes() + closedPostings.approximateBytes();
    for (int i = 0; i < size; i++) {
      bytes += 8 + (slots[i] == null ? 0 : slots[i].approximateBytes() + 48 + 40); // slot, story, map entry, time key
    }
    return bytes;
  }
}
