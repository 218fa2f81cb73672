package org.marsad.stories.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Postings from a term to the open stories indexed under it. Only looked up, never iterated, so
 * the hash map's order decides nothing. Not thread-safe.
 */
final class CandidateIndex {
  /** A rough heap cost of one map entry with its boxed key and list header. */
  private static final long ENTRY_BYTES = 96;

  private static final IntList EMPTY = new IntList(1);

  private final Map<Long, IntList> postings = new HashMap<>();
  private long listBytes;

  void add(long term, int story) {
    IntList list = postings.computeIfAbsent(term, t -> new IntList(2));
    listBytes -= list.approximateBytes();
    list.add(story);
    listBytes += list.approximateBytes();
  }

  void remove(long term, int story) {
    IntList list = postings.get(term);
    if (list != null && list.removeValue(story) && list.size() == 0) {
      postings.remove(term);
      listBytes -= list.approximateBytes();
    }
  }

  /** The stories posted under {@code term}, possibly empty; not to be changed. */
  IntList postings(long term) {
    IntList list = postings.get(term);
    return list != null ? list : EMPTY;
  }

  int terms() {
    return postings.size();
  }

  long approximateBytes() {
    return 64 + ENTRY_BYTES * postings.size() + listBytes;
  }
}
