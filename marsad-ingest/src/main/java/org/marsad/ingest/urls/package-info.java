/**
 * The one place links are parsed, resolved against their base and normalized: feeds, sitemaps,
 * feed discovery, redirects and the host a page's site is named by all go through {@link
 * org.marsad.ingest.urls.UrlNormalizer}. Article ids keep their own canonical form ({@link
 * org.marsad.ingest.ArticleIds#canonicalUrl}), so that ids already stored do not change.
 */
@NullMarked
package org.marsad.ingest.urls;

import org.jspecify.annotations.NullMarked;
