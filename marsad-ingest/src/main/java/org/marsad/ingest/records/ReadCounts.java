package org.marsad.ingest.records;

/**
 * What one read did.
 *
 * @param recordsSeen records found in the input, readable or not
 * @param articlesEmitted articles handed to the sink
 * @param recordsSkipped records dropped, each with an {@code ERROR} diagnostic
 */
public record ReadCounts(long recordsSeen, long articlesEmitted, long recordsSkipped) {
  public static final ReadCounts NONE = new ReadCounts(0, 0, 0);

  public ReadCounts {
    if (recordsSeen < 0 || articlesEmitted < 0 || recordsSkipped < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public ReadCounts plus(ReadCounts other) {
    return new ReadCounts(
        recordsSeen + other.recordsSeen,
        articlesEmitted + other.articlesEmitted,
        recordsSkipped + other.recordsSkipped);
  }
}
