package org.marsad.ingest.warc;

/**
 * What one read of a WARC file did. Every record seen is exactly one of: an article, skipped, or
 * failed.
 *
 * @param recordsSeen records found, readable or not
 * @param articlesEmitted articles handed to the sink
 * @param recordsSkipped records that are not HTML pages (requests, revisits, metadata, images,
 *     PDFs, redirects and errors), skipped without a diagnostic
 * @param recordsFailed HTML pages that yielded no article, or records that could not be read,
 *     each with a diagnostic
 */
public record ReadCounts(long recordsSeen, long articlesEmitted, long recordsSkipped, long recordsFailed) {
  public ReadCounts {
    if (recordsSeen < 0 || articlesEmitted < 0 || recordsSkipped < 0 || recordsFailed < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
