package org.marsad.eval.extract;

import java.util.concurrent.atomic.AtomicInteger;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Readability4J 1.0.8 (a Kotlin port of Mozilla's Readability.js) as the peer. It was compiled
 * against jsoup 1.11 and runs here on our jsoup; a page on which it throws counts as empty text and
 * is counted in {@link #failures()} so a runtime incompatibility shows up in the table.
 */
public final class Readability4JPageExtractor implements PageExtractor {
  private final AtomicInteger failures = new AtomicInteger();
  private volatile String firstFailure = "";

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String text(String html, String url) {
    try {
      Article article = new Readability4J(url, html).parse();
      String text = article.getTextContent();
      return text == null ? "" : text;
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      if (failures.getAndIncrement() == 0) {
        firstFailure = e.toString();
      }
      return "";
    }
  }

  /** Pages on which Readability4J threw. */
  public int failures() {
    return failures.get();
  }

  /** The first exception seen, for the report; empty when none. */
  public String firstFailure() {
    return firstFailure;
  }
}
