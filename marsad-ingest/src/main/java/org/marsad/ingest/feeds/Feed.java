package org.marsad.ingest.feeds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed as read: its title, the site it belongs to, and its items in feed order.
 *
 * @param title the feed's title as plain text, or null
 * @param siteUrl the site's URL (RSS channel link, Atom alternate link), absolute, or null
 * @param items the items that could be read
 */
public record Feed(@Nullable String title, @Nullable String siteUrl, List<FeedItem> items) {
  /** What an unreadable feed yields. */
  public static final Feed EMPTY = new Feed(null, null, List.of());

  public Feed {
    items = List.copyOf(items);
  }
}
