package org.marsad.eval.dates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.store.codec.ArticleJson;

/**
 * Chosen records as they are in the corpus, by URL: their untouched {@code content} is what gold
 * offsets count in, while the records reader tidies it. Reads JSON arrays, objects and JSONL,
 * plain, gzipped or zipped, one record at a time, keeping only the records asked for (the first
 * copy of each), so one pass over the corpus gives both the raw text and, through the records
 * reader, the stored article.
 */
final class RawContents {
  private RawContents() {}

  /** The records whose URL is in {@code urls}, with a textual {@code content}. */
  static Map<String, JsonNode> records(List<Path> files, Set<String> urls) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (Path file : files) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        readAny(in, urls, out);
      }
    }
    return out;
  }

  /** The raw {@code content} of each record. */
  static Map<String, String> contents(Map<String, JsonNode> records) {
    Map<String, String> out = new HashMap<>();
    records.forEach((url, record) -> out.put(url, record.path("content").asText()));
    return out;
  }

  static Map<String, String> read(List<Path> files, Set<String> urls) throws IOException {
    return contents(records(files, urls));
  }

  private static void readAny(InputStream in, Set<String> urls, Map<String, JsonNode> out) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 'P' && b1 == 'K') {
      ZipInputStream zip = new ZipInputStream(in);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          readAny(new BufferedInputStream(unclosable(zip)), urls, out);
        }
      }
    } else if (b0 == 0x1f && b1 == 0x8b) {
      readAny(new BufferedInputStream(new GZIPInputStream(in)), urls, out);
    } else {
      readJson(in, urls, out);
    }
  }

  private static void readJson(InputStream in, Set<String> urls, Map<String, JsonNode> out) throws IOException {
    try (JsonParser p = ArticleJson.mapper().getFactory().createParser(unclosable(in))) {
      JsonToken t = p.nextToken();
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        if (t == JsonToken.START_OBJECT) {
          JsonNode record = p.readValueAsTree();
          String url = record.path("url").asText("").strip();
          if (urls.contains(url) && record.path("content").isTextual()) {
            out.putIfAbsent(url, record);
          }
        } else {
          p.skipChildren();
        }
        t = p.nextToken();
      }
    }
  }

  /** A zip entry's stream must stay open for the next entry. */
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
