package org.marsad.stories.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** LEB128 variable-length integers, as Lucene's {@code DataOutput.writeVLong} writes them. Thread-safe. */
final class Varints {
  private Varints() {}

  static void writeVarLong(DataOutput out, long value) throws IOException {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static long readVarLong(DataInput in) throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("variable-length integer longer than 10 bytes");
  }

  /** A non-negative int no larger than {@code max}; anything else is a corrupt stream. */
  static int readCount(DataInput in, int max, String what) throws IOException {
    long v = readVarLong(in);
    if (v < 0 || v > max) {
      throw new IOException(what + " out of range: " + v + " (at most " + max + ")");
    }
    return (int) v;
  }
}
