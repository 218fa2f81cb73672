package org.marsad.ingest.records;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentReader;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * Reads JSON record dumps into articles: a JSON array of objects, a single object or JSONL, plain
 * or inside gzip and zip (nested too), detected by content. Everything is streamed record by
 * record, so multi-gigabyte corpora need the memory of one record. Bad content is reported in
 * the diagnostics and never thrown. Thread-safe: all state is per call.
 */
public final class RecordsReader implements DocumentReader {
  /** Default cap on one archive entry's uncompressed size: beyond it, it is a bomb or a mistake. */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 2L << 30;
  /** Default cap on one record's size; larger records are skipped. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 32 << 20;

  private static final List<String> EXTENSIONS =
      List.of(".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".gz", ".zip");
  /** Archives inside archives: enough for real dumps, too few for a recursive bomb. */
  private static final int MAX_NESTING = 4;

  private final long maxEntryBytes;
  private final int maxRecordBytes;
  private final RecordFields fields;
  private final RecordMapper mapper = new RecordMapper();

  public RecordsReader() {
    this(DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_RECORD_BYTES);
  }

  public RecordsReader(long maxEntryBytes, int maxRecordBytes) {
    if (maxEntryBytes < 1 || maxRecordBytes < 1) {
      throw new IllegalArgumentException("caps must be >= 1");
    }
    this.maxEntryBytes = maxEntryBytes;
    this.maxRecordBytes = maxRecordBytes;
    this.fields = new RecordFields(RecordMapper.KNOWN, maxRecordBytes);
  }

  /** Whether {@code file} looks like something this reader reads, by extension or first bytes. */
  public static boolean canRead(Path file) {
    String name = lowerName(file.getFileName() == null ? "" : file.getFileName().toString());
    if (EXTENSIONS.stream().anyMatch(name::endsWith)) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(64);
      return isGzip(head) || isZip(head) || firstJsonByte(head) != 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads {@code file}, handing each article to {@code sink} as it is read.
   *
   * @throws IOException only when the file itself cannot be read, or the sink fails
   */
  public ReadCounts read(Path file, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (IOException e) {
      throw new IOException(file + ": cannot open: " + e.getMessage(), e);
    }
    try (InputStream in = raw) {
      return read(in, file.toString(), sink, diagnostics);
    }
  }

  /** Reads the document's records, streaming them from its file or bytes. */
  @Override
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    InputStream raw;
    try {
      raw = document.open();
    } catch (IOException e) {
      throw new IOException(document.location() + ": cannot open: " + e.getMessage(), e);
    }
    try (InputStream in = raw) {
      read(in, document.location(), sink, diagnostics);
    }
  }

  /**
   * Reads {@code in}, named {@code location} in provenance and diagnostics. Does not close it.
   *
   * @throws IOException only when {@code in} itself fails, or the sink fails
   */
  public ReadCounts read(InputStream in, String location, ArticleSink sink, Diagnostics diagnostics)
      throws IOException {
    RecordSession session = new RecordSession(fields, mapper, maxRecordBytes, sink, diagnostics);
    try {
      readAny(new Streams.Guarded(in), location, location, session, 0);
    } catch (Streams.SourceFailure e) {
      throw new IOException(location + ": read failed: " + e.getMessage(), e.failure());
    } catch (Streams.SinkFailure e) {
      throw e.failure();
    }
    return session.counts();
  }

  /** Dispatches on the first bytes; content failures are reported here, at the right location. */
  private void readAny(InputStream in, String location, String name, RecordSession session, int depth)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    try {
      buffered.mark(8);
      byte[] magic = buffered.readNBytes(4);
      buffered.reset();
      if ((isGzip(magic) || isZip(magic)) && depth >= MAX_NESTING) {
        session.diagnostics().error(location, "archives nested more than " + MAX_NESTING + " deep; skipped");
      } else if (isGzip(magic)) {
        readGzip(buffered, location, name, session, depth);
      } else if (isZip(magic)) {
        readZip(buffered, location, session, depth);
      } else {
        session.readJson(buffered, location, isLineDelimitedName(name));
      }
    } catch (Streams.SourceFailure | Streams.SinkFailure | Streams.LimitExceeded e) {
      throw e;
    } catch (IOException e) {
      // corrupt or truncated compressed data: what was read before stays read
      session.diagnostics().error(location, "unreadable data, rest skipped: " + e);
    }
  }

  private void readGzip(InputStream in, String location, String name, RecordSession session, int depth)
      throws IOException {
    Streams.Capped capped = null;
    try (GZIPInputStream gzip = new GZIPInputStream(new Streams.NonClosing(in), 1 << 16)) {
      capped = new Streams.Capped(gzip, maxEntryBytes);
      String inner = name.endsWith(".gz") || name.endsWith(".GZ") ? name.substring(0, name.length() - 3) : name;
      readAny(capped, location, inner, session, depth + 1);
    } catch (Streams.LimitExceeded e) {
      if (e.stream != capped) {
        throw e;
      }
      session.diagnostics().error(location, "gzip data " + e.getMessage() + " (bomb?); rest skipped");
    }
  }

  private void readZip(InputStream in, String location, RecordSession session, int depth) throws IOException {
    // UTF-8 names, as zip tools write for Arabic names; other encodings are reported below
    try (ZipInputStream zip = new ZipInputStream(new Streams.NonClosing(in), StandardCharsets.UTF_8)) {
      int files = 0;
      for (ZipEntry entry = nextEntry(zip, location); entry != null;
          entry = nextEntry(zip, location)) {
        if (entry.isDirectory()) {
          continue;
        }
        files++;
        String where = location + "!/" + entry.getName();
        if (isMacMetadata(entry.getName())) {
          session.diagnostics().warn(where, "macOS metadata entry; skipped");
          continue;
        }
        Streams.Capped capped = new Streams.Capped(new Streams.NonClosing(zip), maxEntryBytes);
        try {
          readAny(capped, where, entry.getName(), session, depth + 1);
        } catch (Streams.LimitExceeded e) {
          if (e.stream != capped) {
            throw e;
          }
          // reading on would mean inflating the rest of the bomb just to skip it
          session.diagnostics().error(where, "entry " + e.getMessage() + " (bomb?); rest of archive skipped");
          return;
        }
      }
      if (files == 0) {
        session.diagnostics().warn(location, "zip archive holds no files");
      }
    }
  }

  private static @Nullable ZipEntry nextEntry(ZipInputStream zip, String location) throws IOException {
    try {
      return zip.getNextEntry();
    } catch (IllegalArgumentException e) {
      // ZipInputStream's way of saying an entry name is not UTF-8
      throw new ZipException("entry name is not UTF-8 in " + location + " (" + e.getMessage() + ")");
    }
  }

  private static boolean isMacMetadata(String entryName) {
    String base = entryName.substring(entryName.lastIndexOf('/') + 1);
    return entryName.startsWith("__MACOSX/") || base.startsWith("._");
  }

  private static boolean isLineDelimitedName(String name) {
    String lower = lowerName(name);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private static String lowerName(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  private static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
        && (head[2] == 3 || head[2] == 5 || head[2] == 7) && head[3] == head[2] + 1;
  }

  /** The first byte after a BOM and whitespace when it opens JSON records, else 0. */
  private static int firstJsonByte(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    return i < head.length && (head[i] == '[' || head[i] == '{') ? head[i] : 0;
  }
}
