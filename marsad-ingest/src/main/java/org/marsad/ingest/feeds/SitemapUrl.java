package org.marsad.ingest.feeds;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * One {@code <url>} of a sitemap.
 *
 * @param url the page's URL, absolute
 * @param lastModified {@code <lastmod>}, or null
 * @param newsTitle Google News {@code <news:title>}, or null
 * @param newsPublished Google News {@code <news:publication_date>}, or null
 * @param keywords Google News {@code <news:keywords>}, split on commas
 */
public record SitemapUrl(
    String url,
    @Nullable Published lastModified,
    @Nullable String newsTitle,
    @Nullable Published newsPublished,
    List<String> keywords) {
  public SitemapUrl {
    Objects.requireNonNull(url, "url");
    keywords = List.copyOf(keywords);
  }
}
