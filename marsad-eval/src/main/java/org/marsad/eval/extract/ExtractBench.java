package org.marsad.eval.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad bench extract}: pages/s of Marsad's extractor and of Readability4J on the same pages
 * held in memory, each parsing the HTML the way it does in use (Marsad with jsoup once, Readability4J
 * from the string). One warm-up round per side, then the best of {@code rounds}, sides alternating
 * so both see the same machine state.
 */
public final class ExtractBench {

  /** Throughput of both sides. */
  public record Result(int pages, double marsadPagesPerSecond, double peerPagesPerSecond) {
    public double ratio() {
      return marsadPagesPerSecond / peerPagesPerSecond;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "bench-extract");
      n.put("pages", pages);
      n.putObject("marsad").put("pagesPerSecond", Math.round(marsadPagesPerSecond * 10) / 10.0);
      n.putObject("readability4j").put("pagesPerSecond", Math.round(peerPagesPerSecond * 10) / 10.0);
      n.put("ratio", Math.round(ratio() * 1000) / 1000.0);
      return n;
    }
  }

  /** Every page under {@code dir/html} (gzip or not), decoded; at most {@code max}. */
  public static List<String> pages(Path dir, int max) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("html"))) {
      files = s.filter(Files::isRegularFile).sorted().limit(max).toList();
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      out.add(HtmlFiles.read(f));
    }
    return out;
  }

  public Result run(List<String> pages, PageExtractor marsad, PageExtractor peer, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds: must be >= 1, got " + rounds);
    }
    long sink = round(marsad, pages) + round(peer, pages);
    double bestMarsad = 0;
    double bestPeer = 0;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      sink += round(marsad, pages);
      bestMarsad = Math.max(bestMarsad, perSecond(pages.size(), start));
      start = System.nanoTime();
      sink += round(peer, pages);
      bestPeer = Math.max(bestPeer, perSecond(pages.size(), start));
    }
    if (sink == Long.MIN_VALUE) {
      // Never true; keeps the JIT from dropping work whose result is otherwise unused.
      throw new IllegalStateException();
    }
    return new Result(pages.size(), bestMarsad, bestPeer);
  }

  private static long round(PageExtractor tool, List<String> pages) {
    long sum = 0;
    for (String html : pages) {
      sum += tool.text(html, "https://example.com/").length();
    }
    return sum;
  }

  private static double perSecond(int pages, long startNanos) {
    return pages / Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
  }
}
