package org.marsad.stories.io;

import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;

/**
 * A {@link DataOutput} over a stream, buffered in one array: {@link java.io.DataOutputStream} over
 * a {@link java.io.BufferedOutputStream} takes a lock per byte, which made writing a snapshot of
 * tens of megabytes cost seconds. Same bytes as {@code DataOutputStream}. Not thread-safe;
 * {@link #flush} or {@link #close} to write out what is buffered.
 */
public final class BlockDataOutput implements DataOutput, AutoCloseable {
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int position;

  public BlockDataOutput(OutputStream out) {
    this.out = out;
  }

  private void room(int bytes) throws IOException {
    if (position + bytes > buffer.length) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, position);
    position = 0;
  }

  @Override
  public void write(int b) throws IOException {
    room(1);
    buffer[position++] = (byte) b;
  }

  @Override
  public void write(byte[] b) throws IOException {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > buffer.length) {
      flushBuffer();
      out.write(b, off, len);
      return;
    }
    room(len);
    System.arraycopy(b, off, buffer, position, len);
    position += len;
  }

  @Override
  public void writeBoolean(boolean v) throws IOException {
    write(v ? 1 : 0);
  }

  @Override
  public void writeByte(int v) throws IOException {
    write(v);
  }

  @Override
  public void writeShort(int v) throws IOException {
    room(2);
    buffer[position++] = (byte) (v >>> 8);
    buffer[position++] = (byte) v;
  }

  @Override
  public void writeChar(int v) throws IOException {
    writeShort(v);
  }

  @Override
  public void writeInt(int v) throws IOException {
    room(4);
    buffer[position++] = (byte) (v >>> 24);
    buffer[position++] = (byte) (v >>> 16);
    buffer[position++] = (byte) (v >>> 8);
    buffer[position++] = (byte) v;
  }

  @Override
  public void writeLong(long v) throws IOException {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  @Override
  public void writeFloat(float v) throws IOException {
    writeInt(Float.floatToIntBits(v));
  }

  @Override
  public void writeDouble(double v) throws IOException {
    writeLong(Double.doubleToLongBits(v));
  }

  @Override
  public void writeBytes(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      write(s.charAt(i));
    }
  }

  @Override
  public void writeChars(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      writeChar(s.charAt(i));
    }
  }

  /** Modified UTF-8 with a two-byte length, as {@link java.io.DataOutputStream#writeUTF}. */
  @Override
  public void writeUTF(String s) throws IOException {
    int length = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      length += c >= 1 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
    if (length > 0xffff) {
      throw new UTFDataFormatException("string of " + length + " encoded bytes is too long");
    }
    writeShort(length);
    room(Math.min(length, buffer.length));
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 1 && c <= 0x7f) {
        write(c);
      } else if (c <= 0x7ff) {
        write(0xc0 | (c >> 6));
        write(0x80 | (c & 0x3f));
      } else {
        write(0xe0 | (c >> 12));
        write(0x80 | ((c >> 6) & 0x3f));
        write(0x80 | (c & 0x3f));
      }
    }
  }

  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      flushBuffer();
    } finally {
      out.close();
    }
  }
}
