package org.marsad.stories.dedup;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of a few
 * slots, and articles whose signatures agree on a whole band share that band's bucket. A lookup
 * costs one probe per band plus a bounded walk of each bucket, whatever the index holds.
 *
 * <p>Each bucket is a chain through {@code next}, newest first, so that a walk capped at {@code
 * maxScan} sees the articles most likely to be copied (copies arrive within days). Entries are
 * numbered {@code row * bands + band}, where rows count the inserted articles; an {@code int}
 * entry number therefore caps the index at 2<sup>31</sup> / bands inserted articles (34 million
 * with the default 63 bands). About 63 × (4 + 11) bytes per inserted article at the default
 * banding. Not thread-safe.
 */
final class LshBuckets {
  private static final long BAND_SEED = 0x6d61727361642d62L;

  private final int bands;
  private final int rows;
  private final int maxScan;
  private final BucketTable[] tables;
  private int[] rowSlots = new int[256];
  private int[] next = new int[0];
  private int inserted;

  LshBuckets(int bands, int rows, int maxScan) {
    this.bands = bands;
    this.rows = rows;
    this.maxScan = maxScan;
    this.tables = new BucketTable[bands];
    for (int b = 0; b < bands; b++) {
      tables[b] = new BucketTable();
    }
  }

  /** The most candidate slots one {@link #collect} can write, duplicates included. */
  int maxCandidates() {
    return bands * maxScan;
  }

  void insert(int slot, int[] signature) {
    if ((long) (inserted + 1) * bands > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("LSH index is full at " + inserted + " articles");
    }
    int row = inserted++;
    if (row == rowSlots.length) {
      rowSlots = Arrays.copyOf(rowSlots, row + (row >> 1));
    }
    rowSlots[row] = slot;
    int needed = (row + 1) * bands;
    if (needed > next.length) {
      next = Arrays.copyOf(next, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, next.length * 3L / 2)));
    }
    for (int band = 0; band < bands; band++) {
      int entry = row * bands + band;
      next[entry] = tables[band].push(bandKey(signature, band), entry + 1);
    }
  }

  /**
   * Writes the slots of up to {@code maxScan} newest bucket-mates per band into {@code out}, band
   * by band, newest first; the same slot may appear once per shared band. Returns how many.
   */
  int collect(int[] signature, int[] out) {
    int count = 0;
    for (int band = 0; band < bands; band++) {
      int entryPlusOne = tables[band].head(bandKey(signature, band));
      for (int seen = 0; entryPlusOne != 0 && seen < maxScan; seen++) {
        int entry = entryPlusOne - 1;
        out[count++] = rowSlots[entry / bands];
        entryPlusOne = next[entry];
      }
    }
    return count;
  }

  /**
   * A hash of the band's slots, of their low 16 bits (all a signature keeps); each band has its
   * own table, so the band need not be in it.
   */
  private int bandKey(int[] signature, int band) {
    long h = BAND_SEED;
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = Hashes.chain(h, signature[i] & 0xffffL);
    }
    return (int) (h >>> 32);
  }

  long bytes() {
    long total = 4L * rowSlots.length + 4L * next.length;
    for (BucketTable table : tables) {
      total += table.bytes();
    }
    return total;
  }
}
