package org.marsad.stories.cluster;

import java.util.HashSet;
import java.util.Set;
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

  Story(int id, TermVector centroid, Set<String> places, long time) {
    this.id = id;
    this.centroid = centroid;
    this.places.addAll(places);
    this.shapers = 1;
    this.size = 1;
    this.first = time;
    this.last = time;
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
