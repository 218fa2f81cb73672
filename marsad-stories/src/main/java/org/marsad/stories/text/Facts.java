package org.marsad.stories.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * The distinguishing facts of one text ({@link ArticleFacts}): numbers, day and month names,
 * places and the names that follow titles, each filed under its slot, the words before it in the
 * text. Two reprints of one release carry the same facts in the same slots, or one carries a part
 * of the other's (a condensed reprint drops paragraphs, never changes their numbers); two texts
 * of one template filled for different events (weather bulletins of two days, cables to two
 * presidents) carry different facts in the same slots. So texts whose facts {@link #compare
 * conflict} are siblings, not copies, however alike their words.
 *
 * <p>Held as one sorted {@code long[]}: the slot's 32-bit hash above the value's 32-bit hash, 8
 * bytes a fact. Immutable and thread-safe.
 */
public final class Facts {
  public static final Facts NONE = new Facts(new long[0]);

  /** More than any release has; a hostile or very long text is cut (see {@link ArticleFacts}). */
  static final int MAX_FACTS = 160;

  private final long[] entries;

  private Facts(long[] entries) {
    this.entries = entries;
  }

  /** Facts from packed entries in any order; repeats are dropped. */
  static Facts of(long[] packed, int count) {
    long[] sorted = Arrays.copyOf(packed, count);
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == 0 ? NONE : new Facts(Arrays.copyOf(sorted, n));
  }

  static long pack(int slot, int value) {
    return ((long) slot << 32) | (value & 0xffffffffL);
  }

  /** How many facts (slot and value pairs) the text has. */
  public int size() {
    return entries.length;
  }

  /**
   * How the two texts' facts meet, slot by slot. A slot both texts fill is in conflict when each
   * has a value there the other lacks (Tunisia's president here, Lebanon's there), in agreement
   * when they share a value and neither has one the other lacks, and otherwise (one's values
   * include the other's: a reprint that dropped a paragraph) it is counted as neither.
   */
  public Match compare(Facts other) {
    long[] a = entries;
    long[] b = other.entries;
    int agreements = 0;
    int conflicts = 0;
    // The values each text alone has in conflicting slots: one changed fact fills two slots.
    int[] onlyA = new int[a.length];
    int[] onlyB = new int[b.length];
    int nA = 0;
    int nB = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int slotA = (int) (a[i] >>> 32);
      int slotB = (int) (b[j] >>> 32);
      if (slotA != slotB) {
        if (slotA < slotB) { // signed: the order Arrays.sort gave the packed longs
          i = next(a, i);
        } else {
          j = next(b, j);
        }
        continue;
      }
      int endA = next(a, i);
      int endB = next(b, j);
      int shared = 0;
      for (int x = i, y = j; x < endA && y < endB; ) {
        if (a[x] == b[y]) {
          shared++;
          x++;
          y++;
        } else if (a[x] < b[y]) {
          x++;
        } else {
          y++;
        }
      }
      boolean aOnly = shared < endA - i;
      boolean bOnly = shared < endB - j;
      if (aOnly && bOnly) {
        conflicts++;
        nA = collectOnly(a, i, endA, b, j, endB, onlyA, nA);
        nB = collectOnly(b, j, endB, a, i, endA, onlyB, nB);
      } else if (!aOnly && !bOnly) {
        agreements++;
      }
      i = endA;
      j = endB;
    }
    return new Match(agreements, conflicts, Math.min(distinct(onlyA, nA), distinct(onlyB, nB)));
  }

  /** Appends the values of {@code x[from, to)} absent from {@code y[yFrom, yTo)} (one slot of each). */
  private static int collectOnly(long[] x, int from, int to, long[] y, int yFrom, int yTo, int[] out, int n) {
    for (int k = from; k < to; k++) {
      if (Arrays.binarySearch(y, yFrom, yTo, x[k]) < 0) {
        out[n++] = (int) x[k];
      }
    }
    return n;
  }

  private static int distinct(int[] values, int n) {
    Arrays.sort(values, 0, n);
    int d = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || values[k] != values[k - 1]) {
        d++;
      }
    }
    return d;
  }

  /** The index after the run of entries sharing {@code entries[from]}'s slot. */
  private static int next(long[] entries, int from) {
    int slot = (int) (entries[from] >>> 32);
    int k = from + 1;
    while (k < entries.length && (int) (entries[k] >>> 32) == slot) {
      k++;
    }
    return k;
  }

  /**
   * Slots both texts fill: with the same values, and with values each lacks in the other.
   *
   * @param agreements slots where the texts have the same values
   * @param conflicts slots where each text has a value the other lacks
   * @param changedFacts how many different values the conflicting slots hold that only one text
   *     has, counted on the side with fewer: 1 when a single fact was changed (a corrected
   *     figure, a respelled name, which fills two slots), more for another event
   */
  public record Match(int agreements, int conflicts, int changedFacts) {
    /** A match whose conflicts change as many facts as there are conflicting slots. */
    public Match(int agreements, int conflicts) {
      this(agreements, conflicts, conflicts);
    }
  }

  /** Approximate heap bytes. */
  public long bytes() {
    return 16 + 16 + 8L * entries.length;
  }

  /** A varint count, then the entries: 8 bytes a fact. */
  public void writeTo(DataOutput out) throws IOException {
    Varints.writeVarLong(out, entries.length);
    for (long e : entries) {
      out.writeLong(e);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  public static Facts readFrom(DataInput in) throws IOException {
    int n = Varints.readCount(in, MAX_FACTS, "facts");
    long[] entries = new long[n];
    for (int i = 0; i < n; i++) {
      entries[i] = in.readLong();
    }
    return of(entries, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts f && Arrays.equals(entries, f.entries);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(entries);
  }

  @Override
  public String toString() {
    return "Facts[" + entries.length + "]";
  }
}
