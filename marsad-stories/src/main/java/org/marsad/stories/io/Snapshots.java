package org.marsad.stories.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Small helpers for the engine's snapshot: counts read back are checked, so a damaged file is an
 * {@link IOException}, not an array of two billion elements. Stateless.
 */
public final class Snapshots {
  /** More than any table the engine holds: a count above it means the file is damaged. */
  private static final int MAX_COUNT = 1 << 28;

  private Snapshots() {}

  /** Reads a count written with {@link DataOutput#writeInt}, checked to be in [0, 2^28]. */
  public static int count(DataInput in, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_COUNT) {
      throw new IOException(what + ": count " + n + " out of range");
    }
    return n;
  }

  private static int expected(DataInput in, String what, int expected) throws IOException {
    int n = count(in, what);
    if (n != expected) {
      throw new IOException(what + ": " + n + " values where " + expected + " were expected");
    }
    return n;
  }

  public static void writeInts(DataOutput out, int[] values, int n) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeInt(values[i]);
    }
  }

  /**
   * Reads what {@link #writeInts} wrote, {@code expected} values, into an array of {@code
   * capacity} (at least that many).
   */
  public static int[] readInts(DataInput in, String what, int expected, int capacity) throws IOException {
    return readInts(in, expected(in, what, expected), capacity);
  }

  /** Reads what {@link #writeInts} wrote, however many values, into an array just as long. */
  public static int[] readInts(DataInput in, String what) throws IOException {
    int n = count(in, what);
    return readInts(in, n, n);
  }

  private static int[] readInts(DataInput in, int n, int capacity) throws IOException {
    int[] values = new int[Math.max(n, capacity)];
    for (int i = 0; i < n; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  public static void writeLongs(DataOutput out, long[] values, int n) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeLong(values[i]);
    }
  }

  /** As {@link #readInts}, for what {@link #writeLongs} wrote. */
  public static long[] readLongs(DataInput in, String what, int expected, int capacity) throws IOException {
    return readLongs(in, expected(in, what, expected), capacity);
  }

  /** Reads what {@link #writeLongs} wrote, however many values, into an array just as long. */
  public static long[] readLongs(DataInput in, String what) throws IOException {
    int n = count(in, what);
    return readLongs(in, n, n);
  }

  private static long[] readLongs(DataInput in, int n, int capacity) throws IOException {
    long[] values = new long[Math.max(n, capacity)];
    for (int i = 0; i < n; i++) {
      values[i] = in.readLong();
    }
    return values;
  }
}
