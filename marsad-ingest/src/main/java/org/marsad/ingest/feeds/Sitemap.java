package org.marsad.ingest.feeds;

import java.net.URI;
import java.util.List;

/**
 * A sitemap as read.
 *
 * @param urls the pages a {@code <urlset>} (or a text sitemap) lists
 * @param sitemaps the child sitemaps a {@code <sitemapindex>} lists
 */
public record Sitemap(List<SitemapUrl> urls, List<URI> sitemaps) {
  public static final Sitemap EMPTY = new Sitemap(List.of(), List.of());

  public Sitemap {
    urls = List.copyOf(urls);
    sitemaps = List.copyOf(sitemaps);
  }
}
