package org.marsad.ingest.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.urls.UrlNormalizer;
import org.marsad.model.Diagnostics;
import org.marsad.model.Published;

/**
 * The StAX walk over a sitemap: collects {@code <url>} and {@code <sitemap>} entries by local
 * name, so any namespace prefix (or none) works. News tags are read only inside
 * {@code <news:news>}, so an image or video title is never taken for the article's. Entries read
 * before a parse error stay. Not thread-safe: one per read.
 */
final class SitemapXml {
  private final URI base;
  private final Diagnostics diagnostics;
  private final FeedDates dates = new FeedDates();
  private final List<SitemapUrl> urls = new ArrayList<>();
  private final List<URI> sitemaps = new ArrayList<>();
  private boolean root;
  private int badLocs;

  // the entry being read
  private @Nullable String loc;
  private @Nullable String lastmod;
  private @Nullable String newsTitle;
  private @Nullable String newsDate;
  private @Nullable String keywords;
  private boolean inNews;

  SitemapXml(URI base, Diagnostics diagnostics) {
    this.base = base;
    this.diagnostics = diagnostics;
  }

  void readAll(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        start(r);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        end(SitemapReader.lower(r.getLocalName()));
      }
    }
  }

  private void start(XMLStreamReader r) throws XMLStreamException {
    String name = SitemapReader.lower(r.getLocalName());
    switch (name) {
      case "urlset", "sitemapindex" -> root = true;
      case "url", "sitemap" -> {
        loc = null;
        lastmod = null;
        newsTitle = null;
        newsDate = null;
        keywords = null;
      }
      case "news" -> inNews = true;
      case "loc" -> loc = loc == null && !inNews ? text(r) : loc;
      case "lastmod" -> lastmod = text(r);
      case "publication_date" -> newsDate = inNews ? text(r) : newsDate;
      case "title" -> newsTitle = inNews ? text(r) : newsTitle;
      case "keywords" -> keywords = inNews ? text(r) : keywords;
      default -> { }
    }
  }

  private void end(String name) {
    switch (name) {
      case "news" -> inNews = false;
      case "url" -> {
        URI u = UrlNormalizer.resolveHttp(base, loc).orElse(null);
        if (u == null) {
          badLocs++;
          return;
        }
        urls.add(new SitemapUrl(u.toString(), dates.parse(lastmod), newsTitle == null ? null : HtmlText.line(newsTitle),
            dates.parse(newsDate), keywords(keywords)));
      }
      case "sitemap" -> {
        URI u = UrlNormalizer.resolveHttp(base, loc).orElse(null);
        if (u == null) {
          badLocs++;
        } else {
          sitemaps.add(u);
        }
      }
      default -> { }
    }
  }

  private static @Nullable String text(XMLStreamReader r) throws XMLStreamException {
    String t = r.getElementText().strip();
    return t.isEmpty() ? null : t;
  }

  private static List<String> keywords(@Nullable String raw) {
    List<String> out = new ArrayList<>();
    if (raw != null) {
      for (String k : raw.split("[,،]")) {
        String s = k.strip();
        if (!s.isEmpty() && !out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  boolean sawRoot() {
    return root;
  }

  int count() {
    return urls.size() + sitemaps.size();
  }

  Sitemap result() {
    if (badLocs > 0) {
      diagnostics.warn(base.toString(), badLocs + " entries without a usable <loc> were skipped");
    }
    return new Sitemap(urls, sitemaps);
  }
}
