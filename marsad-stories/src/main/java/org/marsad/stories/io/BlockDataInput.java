package org.marsad.stories.io;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link DataInput} over a stream, buffered in one array, reading what {@link BlockDataOutput}
 * (or {@link java.io.DataOutputStream}) wrote, without a lock per byte. Not thread-safe.
 */
public final class BlockDataInput implements DataInput, AutoCloseable {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;

  public BlockDataInput(InputStream in) {
    this.in = in;
  }

  /** Makes at least one byte available, or throws at the end of the stream. */
  private void fill() throws IOException {
    if (position < limit) {
      return;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      throw new EOFException("the stream ended early");
    }
    position = 0;
    limit = n;
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      fill();
      int n = Math.min(len, limit - position);
      System.arraycopy(buffer, position, b, off, n);
      position += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public int skipBytes(int n) throws IOException {
    int skipped = 0;
    while (skipped < n) {
      fill();
      int k = Math.min(n - skipped, limit - position);
      position += k;
      skipped += k;
    }
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    fill();
    return buffer[position++];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return readByte() & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    return (short) ((readUnsignedByte() << 8) | readUnsignedByte());
  }

  @Override
  public int readUnsignedShort() throws IOException {
    return readShort() & 0xffff;
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    if (limit - position >= 4) {
      int v = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
          | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
      position += 4;
      return v;
    }
    return (readUnsignedByte() << 24) | (readUnsignedByte() << 16) | (readUnsignedByte() << 8) | readUnsignedByte();
  }

  @Override
  public long readLong() throws IOException {
    return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  /** Not used by snapshots, which hold no lines. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("snapshots hold no lines");
  }

  @Override
  public String readUTF() throws IOException {
    return DataInputStream.readUTF(this);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
