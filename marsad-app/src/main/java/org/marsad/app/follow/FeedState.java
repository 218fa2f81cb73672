package org.marsad.app.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Marsad remembers of one feed between polls and restarts.
 *
 * @param url the feed's URL, its key
 * @param name the outlet's name from the configuration
 * @param etag the last ETag the feed sent, for a conditional GET
 * @param lastModified the last Last-Modified the feed sent
 * @param lastPolled when the last poll ended, successful or not
 * @param lastSuccess when the feed was last read without error
 * @param lastError what went wrong in the last poll, or null when it went well
 * @param lastErrorAt when that happened
 * @param consecutiveFailures polls in a row that failed; the poll interval backs off with it
 * @param itemsStored articles stored from this feed since Marsad first followed it
 * @param seen keys of the items already taken, oldest first, bounded
 * @param retrying keys of items whose page could not be had for a while (a timeout, a network
 *     failure, 429 or 5xx), with how many polls failed to get it: stored from the feed meanwhile,
 *     not yet seen, so a later poll asks for the page again
 */
public record FeedState(
    String url,
    String name,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastPolled,
    @Nullable Instant lastSuccess,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt,
    int consecutiveFailures,
    long itemsStored,
    List<String> seen,
    Map<String, Integer> retrying) {

  public FeedState {
    seen = List.copyOf(seen);
    retrying = Map.copyOf(retrying);
  }

  /** A feed never polled yet. */
  public static FeedState fresh(String url, String name) {
    return new FeedState(url, name, null, null, null, null, null, null, 0, 0, List.of(), Map.of());
  }

  /**
   * After a poll that worked: validators kept, errors cleared, the new keys remembered, and the
   * items to ask again for (at most {@code remember} of them; a key seen is no longer retried).
   */
  public FeedState succeeded(Instant at, @Nullable String newEtag, @Nullable String newLastModified, List<String> newKeys,
      int stored, int remember, Map<String, Integer> retry) {
    LinkedHashSet<String> keys = new LinkedHashSet<>(seen);
    keys.addAll(newKeys);
    List<String> bounded = new ArrayList<>(keys);
    if (bounded.size() > remember) {
      bounded = bounded.subList(bounded.size() - remember, bounded.size());
    }
    Map<String, Integer> pending = new LinkedHashMap<>();
    retry.forEach((k, n) -> {
      if (!keys.contains(k) && pending.size() < remember) {
        pending.put(k, n);
      }
    });
    return new FeedState(url, name, newEtag, newLastModified, at, at, null, null, 0, itemsStored + stored, bounded, pending);
  }

  /** After a poll that failed: what was seen and the validators stay, the error is recorded. */
  public FeedState failed(Instant at, String error) {
    return new FeedState(url, name, etag, lastModified, at, lastSuccess, error, at, consecutiveFailures + 1, itemsStored, seen, retrying);
  }

  public FeedState renamed(String newName) {
    return new FeedState(url, newName, etag, lastModified, lastPolled, lastSuccess, lastError, lastErrorAt, consecutiveFailures, itemsStored, seen,
        retrying);
  }
}
