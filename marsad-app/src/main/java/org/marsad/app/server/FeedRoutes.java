package org.marsad.app.server;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.server.Route.Param;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * {@code GET /feed?q=}: any search as an Atom or RSS feed, so a reader can subscribe to a query.
 * Entries are the newest of the best matches. Article text is attacker-controlled: it goes out only
 * as escaped text (Rome writes it), stripped of characters XML 1.0 cannot carry.
 */
final class FeedRoutes implements RouteGroup {
  /** Best matches considered; the feed shows the newest of them. */
  static final int CANDIDATES = 100;
  static final int MAX_ENTRIES = 50;
  private static final int SUMMARY_CHARS = 400;

  private final ArticleStore store;

  FeedRoutes(ArticleStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(Route.get("/feed", this::feed, new Route.Doc(
        "A search as a feed (Atom by default): the newest of the best matches",
        List.of(Param.query("q", "string", "words to find; empty follows everything"),
            Param.query("source", "string", "only this source"),
            Param.query("tag", "string", "only articles carrying this site tag"),
            Param.query("format", "string", "atom (default) or rss")),
        Map.of(200, "an Atom 1.0 or RSS 2.0 document", 400, "a parameter is out of range"),
        List.of(), "application/atom+xml")));
  }

  private void feed(Context ctx) throws IOException {
    String q = Params.text(ctx, "q");
    if (q != null && q.length() > SearchRoutes.MAX_QUERY_CHARS) {
      throw ApiException.badRequest("q: at most " + SearchRoutes.MAX_QUERY_CHARS + " characters, got " + q.length());
    }
    String format = Optional.ofNullable(Params.text(ctx, "format")).orElse("atom");
    if (!format.equals("atom") && !format.equals("rss")) {
      throw ApiException.badRequest("format: atom or rss, got " + format);
    }
    SearchResult result = store.search(new SearchRequest(q == null ? "" : q, Params.text(ctx, "source"), null, null,
        Params.text(ctx, "tag"), 0, CANDIDATES, 0));
    String self = ctx.fullUrl();
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(format.equals("atom") ? "atom_1.0" : "rss_2.0");
    feed.setTitle(xml("مرصد: " + (q == null ? "آخر الأخبار" : q)));
    feed.setDescription(xml("Marsad search" + (q == null ? "" : ": " + q)));
    feed.setLink(self);
    feed.setUri(self);
    feed.setLanguage("ar");
    List<SyndEntry> entries = new ArrayList<>();
    for (SearchHit hit : newestFirst(result.hits())) {
      entries.add(entry(hit, ctx));
    }
    feed.setEntries(entries);
    feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getPublishedDate());
    try {
      ctx.contentType(format.equals("atom") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
      ctx.result(new SyndFeedOutput().outputString(feed));
    } catch (FeedException e) {
      throw new IOException("cannot write the feed: " + e.getMessage(), e);
    }
  }

  private static List<SearchHit> newestFirst(List<SearchHit> hits) {
    return hits.stream()
        .sorted(Comparator.comparing((SearchHit h) -> h.published() == null ? java.time.Instant.EPOCH : h.published().instant()).reversed())
        .limit(MAX_ENTRIES)
        .toList();
  }

  private SyndEntry entry(SearchHit hit, Context ctx) throws IOException {
    SyndEntry e = new SyndEntryImpl();
    Optional<Article> article = store.find(hit.id());
    String api = ctx.scheme() + "://" + ctx.host() + "/api/articles/" + hit.id();
    String link = article.map(Article::url).filter(u -> u != null && (u.startsWith("https://") || u.startsWith("http://"))).orElse(api);
    e.setTitle(xml(hit.title()));
    e.setLink(link);
    e.setUri("urn:marsad:" + hit.id());
    if (hit.published() != null) {
      e.setPublishedDate(Date.from(hit.published().instant()));
    }
    if (hit.source() != null) {
      e.setAuthor(xml(hit.source()));
    }
    String text = article.map(a -> a.body().isEmpty() ? "" : a.body().get(0)).orElse("");
    SyndContent description = new SyndContentImpl();
    description.setType("text/plain");
    description.setValue(xml(text.length() > SUMMARY_CHARS ? text.substring(0, SUMMARY_CHARS) + "…" : text));
    e.setDescription(description);
    return e;
  }

  /** Drops the characters XML 1.0 cannot carry (controls other than tab and newlines, lone surrogates). */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (ok) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
