package org.marsad.ingest.feeds;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * One item of a feed.
 *
 * @param url the item's link, absolute (resolved against the feed URL)
 * @param guid the item's guid (RSS) or id (Atom), or null
 * @param title the title as plain text, or null
 * @param published publication date (or the update date when the item gives no other), or null
 * @param summary the description as plain text, HTML stripped, paragraphs joined by a blank line
 * @param authors author names, in feed order, without duplicates
 * @param categories categories as phrases, in feed order, without duplicates
 */
public record FeedItem(
    String url,
    @Nullable String guid,
    @Nullable String title,
    @Nullable Published published,
    @Nullable String summary,
    List<String> authors,
    List<String> categories) {
  public FeedItem {
    Objects.requireNonNull(url, "url");
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }
}
