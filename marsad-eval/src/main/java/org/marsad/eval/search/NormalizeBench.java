package org.marsad.eval.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.ingest.records.RecordsReader;
import org.marsad.model.Diagnostics;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad bench normalize}: chars/s of Marsad's search form ({@link ArabicNormalizer#search})
 * against Lucene's {@code ArabicAnalyzer} token stream over the same article texts, in memory so
 * reading is not measured. One warm-up round per side, then the best of {@code rounds}, sides
 * alternating so both see the same machine state.
 */
public final class NormalizeBench {

  /** Throughput of both sides. */
  public record Result(int texts, long chars, double marsadCharsPerSecond, double luceneCharsPerSecond) {
    public double ratio() {
      return marsadCharsPerSecond / luceneCharsPerSecond;
    }

    public ObjectNode toJson() {
      ObjectNode n = ArticleJson.mapper().createObjectNode();
      n.put("task", "bench-normalize");
      n.putObject("marsad").put("charsPerSecond", Math.round(marsadCharsPerSecond));
      n.putObject("lucene").put("charsPerSecond", Math.round(luceneCharsPerSecond));
      n.put("ratio", Math.round(ratio() * 1000) / 1000.0);
      n.put("texts", texts);
      n.put("chars", chars);
      return n;
    }
  }

  /** Titles and bodies of {@code corpus}, up to {@code maxChars} in all so memory stays bounded. */
  public static List<String> texts(List<Path> corpus, long maxChars) throws IOException {
    List<String> texts = new ArrayList<>();
    long[] total = {0};
    RecordsReader reader = new RecordsReader();
    for (Path file : corpus) {
      if (total[0] >= maxChars) {
        break;
      }
      reader.read(
          file,
          a -> {
            String text = a.title() + "\n\n" + a.text();
            if (total[0] + text.length() <= maxChars) {
              texts.add(text);
              total[0] += text.length();
            }
          },
          new Diagnostics());
    }
    return texts;
  }

  public Result run(List<String> texts, int rounds) throws IOException {
    long chars = texts.stream().mapToLong(String::length).sum();
    try (Analyzer lucene = new ArabicAnalyzer()) {
      long sink = marsad(texts) + lucene(lucene, texts);
      double bestMarsad = 0;
      double bestLucene = 0;
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        sink += marsad(texts);
        bestMarsad = Math.max(bestMarsad, perSecond(chars, start));
        start = System.nanoTime();
        sink += lucene(lucene, texts);
        bestLucene = Math.max(bestLucene, perSecond(chars, start));
      }
      if (sink == Long.MIN_VALUE) {
        // Never true; keeps the JIT from dropping work whose result is otherwise unused.
        throw new IllegalStateException();
      }
      return new Result(texts.size(), chars, bestMarsad, bestLucene);
    }
  }

  private static double perSecond(long chars, long startNanos) {
    return chars / Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
  }

  private static long marsad(List<String> texts) {
    long sum = 0;
    for (String t : texts) {
      sum += ArabicNormalizer.search(t).text().length();
    }
    return sum;
  }

  private static long lucene(Analyzer analyzer, List<String> texts) throws IOException {
    long sum = 0;
    for (String t : texts) {
      try (TokenStream ts = analyzer.tokenStream("body", t)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          sum += term.length();
        }
        ts.end();
      }
    }
    return sum;
  }
}
