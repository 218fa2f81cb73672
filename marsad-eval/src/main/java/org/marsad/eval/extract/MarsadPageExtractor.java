package org.marsad.eval.extract;

import org.jsoup.Jsoup;
import org.marsad.ingest.html.MainTextExtractor;

/** Marsad's {@link MainTextExtractor} on a page parsed once with jsoup. Thread-safe. */
public final class MarsadPageExtractor implements PageExtractor {
  private final MainTextExtractor extractor = new MainTextExtractor();

  @Override
  public String name() {
    return "marsad";
  }

  @Override
  public String text(String html, String url) {
    return String.join("\n", extractor.extract(Jsoup.parse(html, url)));
  }
}
