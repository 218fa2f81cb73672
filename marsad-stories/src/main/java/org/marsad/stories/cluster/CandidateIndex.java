package org.marsad.stories.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.marsad.stories.io.Snapshots;

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

  /** Writes every term's postings in their order, which the closed scan depends on. */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(postings.size());
    for (Map.Entry<Long, IntList> e : postings.entrySet()) {
      out.writeLong(e.getKey());
      e.getValue().writeTo(out);
    }
  }

  static CandidateIndex readFrom(DataInput in) throws IOException {
    CandidateIndex index = new CandidateIndex();
    int terms = Snapshots.count(in, "candidate terms");
    for (int i = 0; i < terms; i++) {
      long term = in.readLong();
      IntList list = IntList.readFrom(in);
      index.postings.put(term, list);
      index.listBytes += list.approximateBytes();
    }
    return index;
  }

  long approximateBytes() {
    return 64 + ENTRY_BYTES * postings.size() + listBytes;
  }
}
