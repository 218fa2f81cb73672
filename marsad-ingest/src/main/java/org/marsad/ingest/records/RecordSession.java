package org.marsad.ingest.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.model.Article;
import org.marsad.model.Diagnostics;

/** The state of one {@code read} call: sink, diagnostics and counts. Not thread-safe. */
final class RecordSession {
  private final RecordFields fields;
  private final RecordMapper mapper;
  private final int maxRecordBytes;
  private final ArticleSink sink;
  private final Diagnostics diagnostics;
  private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private long seen;
  private long emitted;
  private long skipped;

  RecordSession(RecordFields fields, RecordMapper mapper, int maxRecordBytes, ArticleSink sink,
      Diagnostics diagnostics) {
    this.fields = fields;
    this.mapper = mapper;
    this.maxRecordBytes = maxRecordBytes;
    this.sink = sink;
    this.diagnostics = diagnostics;
  }

  ReadCounts counts() {
    return new ReadCounts(seen, emitted, skipped);
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Reads JSON records (array, object or JSONL) from {@code in}. */
  void readJson(InputStream in, String location, boolean lineHint) throws IOException {
    JsonChunker chunker = new JsonChunker(in, maxRecordBytes, lineHint);
    int first = chunker.start();
    if (first == JsonChunker.EOF) {
      diagnostics.warn(location, "empty: no records");
      return;
    }
    if (first != '[' && first != '{') {
      diagnostics.error(location, String.format(Locale.ROOT,
          "not JSON records (an array, object or JSONL): starts with byte 0x%02X; skipped", first));
      return;
    }
    long index = 0;
    for (JsonChunker.Chunk c = chunker.next(); c != null; c = chunker.next()) {
      if (c.kind() == JsonChunker.Kind.UNCLOSED_ARRAY) {
        diagnostics.error(location, "array not closed: input ends at " + at(c.endLine(), c.endColumn())
            + " (file truncated?); the records before were read");
      } else if (c.kind() == JsonChunker.Kind.TRAILING) {
        diagnostics.warn(location, "content after the array's closing ] at "
            + at(c.endLine(), c.endColumn()) + " ignored");
      } else {
        index++;
        boolean byLine = chunker.lineDelimited();
        String where = byLine ? location + ":" + c.line() : location + "#" + index;
        String label = byLine ? "line " + c.line() : "record " + index;
        seen++;
        chunk(c, where, label);
      }
    }
    if (index == 0) {
      diagnostics.warn(location, "no records");
    }
  }

  private void chunk(JsonChunker.Chunk c, String where, String label) throws IOException {
    switch (c.kind()) {
      case RECORD -> record(c, where, label);
      case OVERSIZE -> skip(where, label + ": longer than " + maxRecordBytes + " bytes (from "
          + at(c.line(), c.column()) + "); skipped");
      case CUT -> skip(where, label + ": cut off, input ends inside it at "
          + at(c.endLine(), c.endColumn()) + " (file truncated?); skipped");
      case BROKEN_LINE -> skip(where, label + ": line ends before its record does (at "
          + at(c.endLine(), c.endColumn()) + "); skipped");
      default -> skip(where, label + ": not a JSON object (at " + at(c.line(), c.column())
          + "); skipped");
    }
  }

  private void record(JsonChunker.Chunk c, String where, String label) throws IOException {
    String json = decode(c.bytes(), where, label);
    Map<String, Object> record;
    try {
      record = fields.parse(json);
    } catch (JsonProcessingException e) {
      skip(where, label + ": bad JSON at " + position(c, e.getLocation()) + ": " + e.getOriginalMessage()
          + "; skipped");
      return;
    }
    if (record == null) {
      skip(where, label + ": not a JSON object; skipped");
      return;
    }
    Article article;
    try {
      article = mapper.map(record, where, label, diagnostics);
    } catch (RuntimeException e) {
      // bad content must never stop a corpus: a bug in a helper costs one record, reported
      skip(where, label + ": could not be read (" + e + "); skipped");
      return;
    }
    if (article == null) {
      skipped++;
      return;
    }
    try {
      sink.accept(article);
    } catch (IOException e) {
      throw new Streams.SinkFailure(e);
    }
    emitted++;
  }

  /** UTF-8, strictly; invalid bytes become U+FFFD with a warning instead of losing the record. */
  private String decode(byte[] bytes, String where, String label) {
    try {
      return strictUtf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      diagnostics.warn(where, label + ": invalid UTF-8, replaced with U+FFFD");
      CharBuffer lenient = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
      return lenient.toString();
    }
  }

  private void skip(String where, String message) {
    skipped++;
    diagnostics.error(where, message);
  }

  /** A parse error's place in the file: the record's start plus the place inside the record. */
  private static String position(JsonChunker.Chunk c, @Nullable JsonLocation inRecord) {
    if (inRecord == null || inRecord.getLineNr() < 1) {
      return at(c.line(), c.column());
    }
    long line = c.line() + inRecord.getLineNr() - 1;
    long column = inRecord.getLineNr() == 1 ? c.column() + inRecord.getColumnNr() - 1 : inRecord.getColumnNr();
    return at(line, column);
  }

  private static String at(long line, long column) {
    return "line " + line + ", column " + column;
  }
}
