package org.marsad.ingest.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a byte stream of JSON records into one chunk per record, tracking only strings, escapes
 * and brackets. Each record is then parsed on its own, so one broken, oversize or cut record is
 * skipped and the rest are still read, and memory is bounded by one record, not the file.
 *
 * <p>Handles a top-level array of records and a sequence of top-level objects: a single
 * (pretty-printed) object, or JSONL. The sequence becomes line-delimited when the caller says so
 * (file extension) or the first record fits on one line; then a record ends at its line's end
 * and a broken line costs only itself. Not thread-safe: one per stream.
 */
final class JsonChunker {
  static final int EOF = -1;
  private static final int NONE = -2;

  enum Kind {
    /** A complete record. */
    RECORD,
    /** A value that is not an object or array, such as a bare string or garbage. */
    NOT_OBJECT,
    /** A record longer than the byte cap; its bytes were not kept. */
    OVERSIZE,
    /** A JSONL line that ended before its record did. */
    BROKEN_LINE,
    /** The input ended inside a record. */
    CUT,
    /** The input ended inside the array, between records. */
    UNCLOSED_ARRAY,
    /** Something follows the array's closing bracket. */
    TRAILING
  }

  /** One record's bytes and where it began and ended (1-based line, byte column). */
  record Chunk(Kind kind, byte[] bytes, long line, long column, long endLine, long endColumn) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] record = new byte[8192];
  private int recordSize;
  private int pos;
  private int limit;
  private int pushedBack = NONE;
  private long line = 1;
  private long column;
  private boolean inArray;
  private boolean lineDelimited;
  private boolean firstRecordSeen;
  private boolean done;
  // scanning state of the current record
  private int depth;
  private boolean inString;
  private boolean escaped;

  JsonChunker(InputStream in, int maxBytes, boolean lineDelimited) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.lineDelimited = lineDelimited;
  }

  /**
   * Skips a UTF-8 BOM and whitespace and returns the first byte: {@code '['} (consumed: records
   * follow), {@code '{'} (left in place), {@link #EOF}, or anything else, which is not JSON.
   */
  int start() throws IOException {
    int b = read();
    if (b == 0xEF) {
      if (read() != 0xBB || read() != 0xBF) {
        return 0xEF;
      }
      column = 0;
      b = read();
    }
    b = skipWhitespace(b);
    if (b == '[') {
      inArray = true;
    } else if (b == '{') {
      unread(b);
    }
    return b;
  }

  boolean lineDelimited() {
    return lineDelimited && !inArray;
  }

  long line() {
    return line;
  }

  long column() {
    return column;
  }

  /** The next chunk, or null at the end. */
  @Nullable Chunk next() throws IOException {
    if (done) {
      return null;
    }
    int b = read();
    while (b == ',' || isWhitespace(b)) {
      b = read();
    }
    if (b == EOF) {
      done = true;
      return inArray ? chunk(Kind.UNCLOSED_ARRAY, line, column) : null;
    }
    if (inArray && b == ']') {
      done = true;
      return skipWhitespace(read()) == EOF ? null : chunk(Kind.TRAILING, line, column);
    }
    return element(b);
  }

  private Chunk element(int first) throws IOException {
    long startLine = line;
    long startColumn = column;
    recordSize = 0;
    depth = 0;
    inString = false;
    escaped = false;
    boolean composite = first == '{' || first == '[';
    for (int b = first; ; b = read()) {
      if (b == EOF) {
        done = true;
        return chunk(composite ? Kind.CUT : Kind.NOT_OBJECT, startLine, startColumn);
      }
      Kind end = inString ? stringByte(b) : structuralByte(b);
      if (end != null) {
        return chunk(end, startLine, startColumn);
      }
      append(b);
      if (depth == 0 && composite) {
        return recordEnd(first, startLine, startColumn);
      }
    }
  }

  /** Inside a string only quotes and escapes matter; in JSONL a raw newline ends the line too. */
  private @Nullable Kind stringByte(int b) {
    if (b == '\n' && lineDelimited()) {
      return Kind.BROKEN_LINE;
    }
    if (escaped) {
      escaped = false;
    } else if (b == '\\') {
      escaped = true;
    } else if (b == '"') {
      inString = false;
    }
    return null;
  }

  /** Outside strings brackets nest, and a value that is not an object ends at a separator. */
  private @Nullable Kind structuralByte(int b) {
    if (b == '"') {
      inString = true;
    } else if (b == '{' || b == '[') {
      if (brokenLineBefore(b)) {
        unread(b);
        return Kind.BROKEN_LINE;
      }
      depth++;
    } else if (b == '}' || b == ']') {
      if (depth == 0) {
        return strayClose(b);
      }
      depth--;
    } else if (b == '\n' && depth > 0 && lineDelimited()) {
      return Kind.BROKEN_LINE;
    } else if (depth == 0 && (b == ',' || isWhitespace(b))) {
      return Kind.NOT_OBJECT;
    }
    return null;
  }

  /**
   * In a sequence of objects, an object opening at the start of a line while another is still
   * open means the earlier line was cut: JSONL, whatever the extension said.
   */
  private boolean brokenLineBefore(int b) {
    if (b == '{' && depth > 0 && column == 1 && !inArray) {
      lineDelimited = true;
      return true;
    }
    return false;
  }

  private Chunk recordEnd(int first, long startLine, long startColumn) {
    if (!inArray && !firstRecordSeen) {
      lineDelimited |= startLine == line;
    }
    firstRecordSeen = true;
    if (recordSize > maxBytes) {
      return chunk(Kind.OVERSIZE, startLine, startColumn);
    }
    return chunk(first == '{' ? Kind.RECORD : Kind.NOT_OBJECT, startLine, startColumn);
  }

  private void append(int b) {
    // past the cap bytes are dropped, not kept: the size stays at cap + 1 from then on
    if (recordSize > maxBytes) {
      return;
    }
    if (recordSize == record.length) {
      record = Arrays.copyOf(record, (int) Math.min((long) maxBytes + 1, 2L * record.length));
    }
    record[recordSize++] = (byte) b;
  }

  /** A closing bracket where no record is open: ends the value before it, or is one itself. */
  private Kind strayClose(int b) {
    if (recordSize > 0) {
      unread(b);
    } else {
      append(b);
    }
    return Kind.NOT_OBJECT;
  }

  private Chunk chunk(Kind kind, long startLine, long startColumn) {
    byte[] bytes = kind == Kind.RECORD || kind == Kind.NOT_OBJECT ? Arrays.copyOf(record, recordSize) : new byte[0];
    return new Chunk(kind, bytes, startLine, startColumn, line, column);
  }

  private int skipWhitespace(int first) throws IOException {
    int b = first;
    while (isWhitespace(b)) {
      b = read();
    }
    return b;
  }

  private static boolean isWhitespace(int b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private int read() throws IOException {
    int b;
    if (pushedBack != NONE) {
      b = pushedBack;
      pushedBack = NONE;
    } else {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return EOF;
        }
      }
      b = buffer[pos++] & 0xFF;
    }
    if (b == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return b;
  }

  /** Pushes back one byte that is never a newline, so only the column moves back. */
  private void unread(int b) {
    pushedBack = b;
    column--;
  }
}
