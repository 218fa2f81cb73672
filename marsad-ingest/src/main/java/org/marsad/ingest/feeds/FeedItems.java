package org.marsad.ingest.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleIds;
import org.marsad.ingest.TitleDeriver;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Provenance;

/**
 * The article a feed item stands for when its page cannot be fetched: the summary is the body.
 * The id is the page URL's, so the real page, once read, replaces this article. Thread-safe.
 */
public final class FeedItems {
  /** Provenance note: the body is the feed's summary, not the page's text. */
  public static final String NOTE_SUMMARY_ONLY = "body is the feed summary";

  private FeedItems() {}

  /**
   * The fallback article of {@code item}.
   *
   * @param source the outlet, when the caller knows it; else the feed's title stands in
   */
  public static Article toArticle(FeedItem item, Feed feed, URI feedUrl, @Nullable String source) {
    List<String> body = item.summary() == null ? List.of() : List.of(item.summary().split("\n\n"));
    List<String> notes = new ArrayList<>();
    notes.add(NOTE_SUMMARY_ONLY);
    String title = item.title();
    if (title == null) {
      title = body.isEmpty() ? TitleDeriver.fromUrl(item.url()) : TitleDeriver.fromBody(body);
      notes.add(body.isEmpty() ? TitleDeriver.NOTE_FROM_URL : TitleDeriver.NOTE);
    }
    String outlet = source != null && !source.isBlank() ? source.strip() : feed.title();
    List<Credit> credits = new ArrayList<>();
    item.authors().forEach(a -> credits.add(new Credit(Credit.Role.AUTHOR, a)));
    if (outlet != null) {
      credits.add(new Credit(Credit.Role.SOURCE, outlet));
    }
    Provenance provenance = new Provenance(feedUrl.toString(), FeedReader.NAME, null, notes);
    return new Article(ArticleIds.forUrl(item.url()), item.url(), title, body, item.published(), outlet,
        credits, item.categories(), List.of(), provenance);
  }
}
