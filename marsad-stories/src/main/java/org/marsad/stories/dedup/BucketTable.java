package org.marsad.stories.dedup;

/**
 * One LSH band's buckets: a 32-bit bucket key to the newest entry in the bucket (plus one; 0 is
 * empty), by open addressing with linear probing over two {@code int[]}s, 8 bytes a slot.
 *
 * <p>Keys are truncated to 32 bits. Two buckets of one band then share a key with probability
 * n/2<sup>32</sup> (0.2% per lookup at ten million articles); that merely adds candidates, which
 * verification against the signatures throws out. Not thread-safe.
 */
final class BucketTable {
  private static final double MAX_LOAD = 0.7;

  private static final int MAX_CAPACITY = 1 << 30;

  private int[] keys = new int[64];
  private int[] heads = new int[64];
  private int count;

  /** The newest entry (plus one) in the bucket, or 0 when the bucket is empty. */
  int head(int key) {
    int mask = keys.length - 1;
    for (int i = position(key, mask); heads[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return heads[i];
      }
    }
    return 0;
  }

  /** Makes {@code entryPlusOne} the bucket's newest entry; returns the previous head, or 0. */
  int push(int key, int entryPlusOne) {
    int mask = keys.length - 1;
    int i = position(key, mask);
    for (; heads[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        int previous = heads[i];
        heads[i] = entryPlusOne;
        return previous;
      }
    }
    keys[i] = key;
    heads[i] = entryPlusOne;
    if (++count > keys.length * MAX_LOAD) {
      grow();
    }
    return 0;
  }

  private void grow() {
    if (keys.length == MAX_CAPACITY) {
      throw new IllegalStateException("LSH band is full at " + count + " buckets");
    }
    int[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new int[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldHeads[j] != 0) {
        int i = position(oldKeys[j], mask);
        while (heads[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        heads[i] = oldHeads[j];
      }
    }
  }

  /** Mixed again so that the low bits used here do not repeat the bits that make the key. */
  private static int position(int key, int mask) {
    return (int) Hashes.mix64(key) & mask;
  }

  long bytes() {
    return 8L * keys.length;
  }
}
