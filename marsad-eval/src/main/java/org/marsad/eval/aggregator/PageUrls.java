package org.marsad.eval.aggregator;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL each page was scraped from, when the set has a {@code SOURCES.tsv} (columns {@code file}
 * and {@code url}, tab-separated, no quoting) beside its pages or one folder up. A scraper knows
 * where it saved a page from; a set without the file is read by shared lines alone.
 */
final class PageUrls {
  private PageUrls() {}

  static Map<String, String> read(Path pagesDir) throws IOException {
    for (Path dir : new Path[] {pagesDir, pagesDir.toAbsolutePath().getParent()}) {
      Path tsv = dir == null ? null : dir.resolve("SOURCES.tsv");
      if (tsv != null && Files.isRegularFile(tsv)) {
        return parse(tsv);
      }
    }
    return Map.of();
  }

  private static Map<String, String> parse(Path tsv) throws IOException {
    Map<String, String> urls = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return urls;
      }
      List<String> columns = List.of(header.split("\t", -1));
      int file = columns.indexOf("file");
      int url = columns.indexOf("url");
      if (file < 0 || url < 0) {
        return urls;
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split("\t", -1);
        if (cells.length > Math.max(file, url) && !cells[url].isBlank()) {
          urls.put(cells[file].strip(), cells[url].strip());
        }
      }
    }
    return urls;
  }
}
