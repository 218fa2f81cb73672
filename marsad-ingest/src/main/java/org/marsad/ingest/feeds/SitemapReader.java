package org.marsad.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.marsad.ingest.urls.UrlNormalizer;
import org.marsad.model.Diagnostics;

/**
 * Reads sitemaps (sitemaps.org 0.9): {@code <urlset>} with Google News tags, {@code
 * <sitemapindex>}, text sitemaps (one URL a line), any of them gzipped (detected by the magic
 * bytes, not the name), and RSS or Atom served as a sitemap. XML is read with StAX rather than
 * crawler-commons' {@code SiteMapParser}, because that one turns {@code <lastmod>} and the news
 * publication date into instants, dropping the offset and text that {@link
 * org.marsad.model.Published} keeps. A cut or broken file yields what came before the break.
 * Never throws on bad content. Thread-safe.
 */
public final class SitemapReader {
  /** The sitemaps.org limit on an uncompressed sitemap, and so the cap on inflating one. */
  public static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

  private static final XMLInputFactory STAX = secureFactory();

  /** The sitemap in {@code body}, or {@link Sitemap#EMPTY} with an error when it holds none. */
  public Sitemap read(byte[] body, @Nullable String contentType, URI url, Diagnostics diagnostics) {
    String where = url.toString();
    byte[] bytes = body;
    if (bytes.length > MAX_SITEMAP_BYTES) {
      diagnostics.error(where, "too large for a sitemap (" + bytes.length + " bytes)");
      return Sitemap.EMPTY;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      bytes = gunzip(bytes, where, diagnostics);
    }
    String text = FeedReader.decode(bytes, contentType, where, diagnostics).strip();
    if (text.isEmpty()) {
      diagnostics.error(where, "empty sitemap");
      return Sitemap.EMPTY;
    }
    if (text.charAt(0) != '<') {
      return textSitemap(text, url, diagnostics);
    }
    String xml = XmlCleaner.clean(text, where, diagnostics);
    if (LenientFeeds.opensFeed(xml)) {
      return fromFeed(new FeedReader().read(bytes, contentType, url, diagnostics));
    }
    return xmlSitemap(xml, url, diagnostics);
  }

  private static Sitemap xmlSitemap(String xml, URI url, Diagnostics diagnostics) {
    String where = url.toString();
    SitemapXml handler = new SitemapXml(url, diagnostics);
    XMLStreamReader reader = null;
    try {
      reader = STAX.createXMLStreamReader(new StringReader(xml));
      handler.readAll(reader);
    } catch (XMLStreamException | RuntimeException e) {
      String at = e instanceof XMLStreamException x && x.getLocation() != null
          ? " at line " + x.getLocation().getLineNumber() : "";
      diagnostics.error(where, "sitemap breaks off" + at + "; kept the " + handler.count() + " entries before");
    } finally {
      close(reader);
    }
    if (!handler.sawRoot()) {
      diagnostics.error(where, "not a sitemap: no <urlset> or <sitemapindex>");
    }
    return handler.result();
  }

  private static Sitemap textSitemap(String text, URI url, Diagnostics diagnostics) {
    List<SitemapUrl> urls = new ArrayList<>();
    int bad = 0;
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      URI u = UrlNormalizer.resolveHttp(null, l).orElse(null);
      if (u == null) {
        bad++;
      } else {
        urls.add(new SitemapUrl(u.toString(), null, null, null, List.of()));
      }
    }
    if (urls.isEmpty()) {
      diagnostics.error(url.toString(), "not a sitemap: neither XML nor lines of URLs");
    } else if (bad > 0) {
      diagnostics.warn(url.toString(), bad + " lines of the text sitemap are not URLs; skipped");
    }
    return new Sitemap(urls, List.of());
  }

  private static Sitemap fromFeed(Feed feed) {
    List<SitemapUrl> urls = new ArrayList<>();
    for (FeedItem item : feed.items()) {
      urls.add(new SitemapUrl(item.url(), item.published(), null, null, List.of()));
    }
    return new Sitemap(urls, List.of());
  }

  /** Inflates at most {@link #MAX_SITEMAP_BYTES}; a cut or corrupt stream keeps what inflated. */
  private static byte[] gunzip(byte[] gz, String where, Diagnostics diagnostics) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
    byte[] buffer = new byte[1 << 14];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + n > MAX_SITEMAP_BYTES) {
          diagnostics.error(where, "gzipped sitemap inflates beyond " + MAX_SITEMAP_BYTES + " bytes; rest skipped");
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      diagnostics.error(where, "gzip data cut or corrupt (" + e.getMessage() + "); kept what inflated");
    }
    return out.toByteArray();
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // no DTD, no external entities: a sitemap from the web must not read our files (XXE)
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static void close(@Nullable XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing held but a StringReader
      }
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
