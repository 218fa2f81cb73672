package org.marsad.stories.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.marsad.stories.io.Snapshots;

/** A growable list of ints. Not thread-safe. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  int size() {
    return size;
  }

  int get(int i) {
    return values[i];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Removes one occurrence of {@code value}, moving the last element into its place. */
  boolean removeValue(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        values[i] = values[--size];
        return true;
      }
    }
    return false;
  }

  void writeTo(DataOutput out) throws IOException {
    Snapshots.writeInts(out, values, size);
  }

  static IntList readFrom(DataInput in) throws IOException {
    int[] values = Snapshots.readInts(in, "postings");
    IntList list = new IntList(values.length);
    System.arraycopy(values, 0, list.values, 0, values.length);
    list.size = values.length;
    return list;
  }

  long approximateBytes() {
    return 16L + 16 + 4L * values.length;
  }
}
