package org.marsad.ingest.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.charset.CharsetDecider;
import org.marsad.ingest.urls.UrlNormalizer;

/**
 * Finds the feeds a page announces ({@code <link rel="alternate" type="application/rss+xml">},
 * Atom, RSS 1.0 RDF and JSON Feed types), resolved against the page's base, in page order,
 * without duplicates. Guessing paths such as {@code /feed} is the caller's business: a guess costs
 * a request. Never throws on bad content. Thread-safe.
 */
public final class FeedDiscovery {
  private static final Set<String> FEED_TYPES = Set.of(
      "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
      "application/x.atom+xml", "application/x-atom+xml", "application/x-rss+xml");
  private static final CharsetDecider CHARSETS = new CharsetDecider();

  private FeedDiscovery() {}

  /**
   * The feed URLs {@code html} links to.
   *
   * @param contentType the HTTP Content-Type header, which may name the charset, or null
   */
  public static List<URI> discover(byte[] html, @Nullable String contentType, URI pageUrl) {
    Document doc = parse(html, contentType, pageUrl);
    Set<URI> found = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel][href][type]")) {
      if (!isAlternate(link.attr("rel")) || !FEED_TYPES.contains(type(link.attr("type")))) {
        continue;
      }
      String href = link.attr("href").strip();
      String base = link.baseUri().isEmpty() ? pageUrl.toString() : link.baseUri();
      URI uri = UrlNormalizer.resolveHttp(UrlNormalizer.resolveHttp(pageUrl, base).orElse(null), href).orElse(null);
      if (uri != null) {
        found.add(uri);
      }
    }
    return new ArrayList<>(found);
  }

  private static Document parse(byte[] html, @Nullable String contentType, URI pageUrl) {
    String text = CHARSETS.decode(html, contentType, CharsetDecider.Markup.HTML).text();
    return Jsoup.parse(text, pageUrl.toString());
  }

  private static boolean isAlternate(String rel) {
    for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.equals("alternate")) {
        return true;
      }
    }
    return false;
  }

  private static String type(String type) {
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }
}
