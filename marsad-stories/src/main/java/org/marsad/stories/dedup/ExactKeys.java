package org.marsad.stories.dedup;

/**
 * Content key to the slot of the first article with that key: open addressing with linear
 * probing over a {@code long[]} and an {@code int[]}, 12 bytes a slot and no boxing. Key 0 marks
 * an empty slot, which is why {@link Shingler#EMPTY_KEY} is 0 and never stored. Not thread-safe.
 */
final class ExactKeys {
  private static final double MAX_LOAD = 0.6;

  private long[] keys = new long[1024];
  private int[] slots = new int[1024];
  private int count;

  /** The first article's slot for this key, or -1. */
  int find(long key) {
    int mask = keys.length - 1;
    for (int i = position(key, mask); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return slots[i];
      }
    }
    return -1;
  }

  /** Stores the key unless present; returns whether it was absent. */
  boolean putIfAbsent(long key, int slot) {
    int mask = keys.length - 1;
    int i = position(key, mask);
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return false;
      }
    }
    keys[i] = key;
    slots[i] = slot;
    if (++count > keys.length * MAX_LOAD) {
      grow();
    }
    return true;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = position(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  /** Mixed again: keys from {@link Fingerprint#of} are well spread, hand-made ones need not be. */
  private static int position(long key, int mask) {
    return (int) Hashes.mix64(key) & mask;
  }

  long bytes() {
    return 8L * keys.length + 4L * slots.length;
  }
}
