package org.marsad.ingest.feeds;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.DocumentAddress;
import org.marsad.ingest.DocumentReader;
import org.marsad.ingest.NotReadable;
import org.marsad.ingest.charset.CharsetDecider;
import org.marsad.ingest.urls.UrlNormalizer;
import org.marsad.model.Diagnostics;
import org.marsad.model.Document;

/**
 * Reads an RSS (0.9x, 1.0 RDF, 2.0) or Atom (0.3, 1.0) feed into its items. The bytes are decoded
 * by what they are rather than what they claim (windows-1256 labelled iso-8859-1 and kin), made
 * well-formed ({@code &nbsp;}, stray {@code &}, a BOM or text before {@code <?xml}, a DOCTYPE), and
 * read by Rome; when Rome fails (a cut file, broken markup) a forgiving parse returns the items
 * that were complete. Titles and summaries are plain text with mojibake repaired. Never throws on
 * bad content: problems go to the diagnostics. Thread-safe.
 */
public final class FeedReader implements DocumentReader {
  public static final String NAME = "feed";
  private static final CharsetDecider CHARSETS = new CharsetDecider();
  /** Larger bodies are refused: no feed needs more, and a hostile one should not cost more. */
  public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

  /**
   * The feed in {@code body}, or {@link Feed#EMPTY} with an error when it holds none.
   *
   * @param contentType the HTTP Content-Type header, or null
   * @param feedUrl where the feed was fetched: relative links are resolved against it
   */
  /**
   * The articles the feed's items describe (their own text: the route that has the items' pages
   * reads those instead), the feed's title standing for the outlet.
   */
  @Override
  public void read(Document document, ArticleSink sink, Diagnostics diagnostics) throws IOException {
    NotReadable.requireAtMost(document, MAX_FEED_BYTES, "a feed");
    URI location = URI.create(DocumentAddress.of(document));
    Feed feed = read(document.bytes(), document.mediaType().orElse(null), location, diagnostics);
    for (FeedItem item : feed.items()) {
      sink.accept(FeedItems.toArticle(item, feed, location, feed.title()));
    }
  }

  public Feed read(byte[] body, @Nullable String contentType, URI feedUrl, Diagnostics diagnostics) {
    String where = feedUrl.toString();
    if (body.length > MAX_FEED_BYTES) {
      diagnostics.error(where, "too large for a feed (" + body.length + " bytes)");
      return Feed.EMPTY;
    }
    String xml = XmlCleaner.clean(decode(body, contentType, where, diagnostics), where, diagnostics);
    LenientFeeds.Parsed parsed = LenientFeeds.parse(xml);
    if (parsed.kind() == LenientFeeds.Kind.NONE) {
      diagnostics.error(where, parsed.root() == null ? "not a feed: no XML element"
          : "not a feed: the document is <" + ItemCleaner.abbreviate(parsed.root()) + ">");
      return Feed.EMPTY;
    }
    List<RawEntry> lenient = new ArrayList<>();
    for (Element item : parsed.items()) {
      lenient.add(LenientFeeds.entry(item, parsed.kind()));
    }
    ItemCleaner cleaner = new ItemCleaner(feedUrl, new FeedDates(), diagnostics);
    List<FeedItem> items = new ArrayList<>();
    String title;
    String site;
    try {
      SyndFeed feed = RomeFeeds.build(xml);
      for (RomeFeeds.RomeEntry e : RomeFeeds.entries(feed, lenient)) {
        add(items, cleaner.clean(e.raw(), e.date()));
      }
      title = feed.getTitle();
      // Rome takes an Atom feed's first link, which may be rel="self"
      site = LenientFeeds.siteLink(parsed) != null ? LenientFeeds.siteLink(parsed) : feed.getLink();
    } catch (FeedException | RuntimeException e) {
      // Rome wraps parse errors in FeedException; its converters throw unchecked ones on odd
      // content. Either way the forgiving tree still holds every complete item.
      diagnostics.warn(where, "strict parse failed (" + ItemCleaner.abbreviate(String.valueOf(e.getMessage()))
          + "); read leniently");
      for (RawEntry raw : lenient) {
        add(items, cleaner.clean(raw, null));
      }
      title = LenientFeeds.feedTitle(parsed);
      site = LenientFeeds.siteLink(parsed);
    }
    if (parsed.cutItems() > 0 || LenientFeeds.isCut(parsed)) {
      diagnostics.error(where, "feed is cut off after " + parsed.items().size() + " complete items"
          + (parsed.cutItems() > 0 ? "; the incomplete item was dropped" : ""));
    }
    URI siteUri = UrlNormalizer.resolveHttp(feedUrl, site).orElse(null);
    Feed feed = new Feed(cleaner.line(title), siteUri == null ? null : siteUri.toString(), items);
    cleaner.report();
    return feed;
  }

  private static void add(List<FeedItem> items, @Nullable FeedItem item) {
    if (item != null) {
      items.add(item);
    }
  }

  /**
   * The text of feed or sitemap bytes, trusting the bytes over the declarations: Rome's {@code
   * XmlReader} follows the declarations (RFC 3023) and cannot tell windows-1256 labelled
   * iso-8859-1 from the real thing, so {@link CharsetDecider} decides here.
   */
  static String decode(byte[] bytes, @Nullable String contentType, String where, Diagnostics diagnostics) {
    CharsetDecider.Decoded decoded = CHARSETS.decode(bytes, contentType, CharsetDecider.Markup.XML);
    if (decoded.overruled()) {
      diagnostics.warn(where, "read as " + decoded.charset().name() + ": " + decoded.reason());
    }
    return decoded.text();
  }
}
