package org.marsad.ingest.records;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stream wrappers that let the reader tell a failing disk (thrown to the caller) from bad content
 * (reported as a diagnostic), and that stop decompression bombs.
 */
final class Streams {
  private Streams() {}

  /** An I/O failure of the caller's own stream: the one case {@code read} throws for. */
  static final class SourceFailure extends IOException {
    SourceFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    IOException failure() {
      return (IOException) getCause();
    }
  }

  /** The sink failed; passed through untouched so it is not mistaken for bad content. */
  static final class SinkFailure extends IOException {
    SinkFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    IOException failure() {
      return (IOException) getCause();
    }
  }

  /** Decompressed data passed the cap of the {@link Capped} stream that threw it. */
  static final class LimitExceeded extends IOException {
    final transient Capped stream;

    LimitExceeded(Capped stream) {
      super("more than " + stream.max + " bytes uncompressed");
      this.stream = stream;
    }
  }

  /** Tags every exception of the wrapped stream as a {@link SourceFailure}. */
  static final class Guarded extends FilterInputStream {
    Guarded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }
  }

  /** Ignores close, so closing a decompressor does not close the archive or file under it. */
  static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the owner of the wrapped stream closes it
    }
  }

  /** Throws {@link LimitExceeded} once more than {@code max} bytes were read through it. */
  static final class Capped extends FilterInputStream {
    final long max;
    private long count;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipping must be counted too, so read instead of delegating
      byte[] scratch = new byte[(int) Math.min(n, 8192)];
      int got = read(scratch, 0, scratch.length);
      return Math.max(got, 0);
    }

    private void count(int n) throws LimitExceeded {
      count += n;
      if (count > max) {
        throw new LimitExceeded(this);
      }
    }
  }
}
