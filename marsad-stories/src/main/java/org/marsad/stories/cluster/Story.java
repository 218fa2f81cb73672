package org.marsad.stories.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.stories.io.Snapshots;
import org.marsad.stories.text.TermVector;
import org.marsad.stories.text.TfIdfVector;

/** One story's state in {@link StoryClusterer}. Not thread-safe. */
final class Story {
  private static final long[] NONE = new long[0];

  /** The ordinal of the first article. */
  final int id;
  /** Position in the order stories were filed, assigned by {@link StoryIndex}; -1 until then. */
  int slot = -1;
  /** The members' mean raw term weights, cut to the terms of highest tf-idf. */
  TermVector centroid;
  /** The centroid's unit tf-idf weights, as of its last change or reweighing. */
  TfIdfVector weighted = TfIdfVector.EMPTY;
  /** Members that shaped the centroid: every member but copies. */
  int shapers;
  /** All members, copies too. */
  int size;
  /** The highest ordinal of a member: the story is evicted once the window passes it. */
  int lastOrdinal;
  /** Epoch seconds of the earliest and latest member. */
  long first;
  long last;
  /** Every place a member names; looked up, never iterated. */
  final Set<String> places = new HashSet<>();
  /** The terms the story is posted under in the candidate index, ascending; empty once closed. */
  long[] indexed = NONE;
  /** The terms a closed story is posted under in the closed postings; none while open. */
  long[] closedIndexed = NONE;
  boolean open;

  Story(int id, int ordinal, TermVector centroid, Set<String> places, long time) {
    this.id = id;
    this.lastOrdinal = ordinal;
    this.centroid = centroid;
    this.places.addAll(places);
    this.shapers = 1;
    this.size = 1;
    this.first = time;
    this.last = time;
  }

  void writeTo(DataOutput out) throws IOException {
    out.writeInt(id);
    out.writeInt(lastOrdinal);
    centroid.writeTo(out);
    weighted.writeTo(out);
    out.writeInt(shapers);
    out.writeInt(size);
    out.writeLong(first);
    out.writeLong(last);
    out.writeInt(places.size());
    for (String p : new TreeSet<>(places)) {
      out.writeUTF(p);
    }
    Snapshots.writeLongs(out, indexed, indexed.length);
    Snapshots.writeLongs(out, closedIndexed, closedIndexed.length);
    out.writeBoolean(open);
  }

  /** Reads what {@link #writeTo} wrote, into slot {@code slot}. */
  static Story readFrom(DataInput in, int slot) throws IOException {
    int id = in.readInt();
    int lastOrdinal = in.readInt();
    Story s = new Story(id, lastOrdinal, TermVector.readFrom(in), Set.of(), 0);
    s.slot = slot;
    s.weighted = TfIdfVector.readFrom(in);
    s.shapers = in.readInt();
    s.size = in.readInt();
    s.first = in.readLong();
    s.last = in.readLong();
    int places = Snapshots.count(in, "story places");
    for (int i = 0; i < places; i++) {
      s.places.add(in.readUTF());
    }
    s.indexed = Snapshots.readLongs(in, "story index terms");
    s.closedIndexed = Snapshots.readLongs(in, "closed story index terms");
    s.open = in.readBoolean();
    return s;
  }

  boolean covers(long time, long window) {
    return first - window <= time && time <= last + window;
  }

  boolean sharesPlace(Set<String> other) {
    for (String p : other) {
      if (places.contains(p)) {
        return true;
      }
    }
    return false;
  }

  long approximateBytes() {
    return 128 + 12L * centroid.size() + 16L * weighted.size() + 8L * indexed.length + 64L * places.size();
  }
}
