package org.marsad.stories.text;

import java.util.Arrays;

/**
 * A primitive long-to-int hash map with open addressing and linear probing: 12 bytes a slot, at
 * most half full, so about 24 to 48 bytes an entry instead of the ~90 of a boxed HashMap. Key
 * zero, the empty-slot marker, is kept beside the table. Not thread-safe.
 */
final class LongIntMap {
  private static final int MIN_CAPACITY = 16;

  private long[] keys;
  private int[] values;
  private int size;
  private boolean hasZero;
  private int zeroValue;

  LongIntMap() {
    this(MIN_CAPACITY);
  }

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(MIN_CAPACITY, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** The value of {@code key}, zero when absent. */
  int get(long key) {
    if (key == 0) {
      return zeroValue;
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == 0) {
        return 0;
      }
    }
  }

  /** Adds {@code delta} to the value of {@code key} (absent counts as zero). */
  void add(long key, int delta) {
    if (key == 0) {
      hasZero = true;
      zeroValue += delta;
      return;
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = key;
      size++;
    }
    values[i] += delta;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  /** The keys in ascending signed order, for output that must not depend on the table layout. */
  long[] sortedKeys() {
    long[] out = new long[size()];
    int n = 0;
    if (hasZero) {
      out[n++] = 0;
    }
    for (long k : keys) {
      if (k != 0) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  long approximateBytes() {
    return 12L * keys.length + 32;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    // Term hashes are already mixed; one more multiply guards against callers' patterned keys.
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
