package org.marsad.ingest;

import java.io.IOException;
import org.marsad.model.Article;

/** Receives articles from a reader as they are read, so nothing is held in memory. */
@FunctionalInterface
public interface ArticleSink {
  void accept(Article article) throws IOException;
}
