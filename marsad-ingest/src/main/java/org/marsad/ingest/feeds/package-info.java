/**
 * Feeds and sitemaps: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 read into {@link
 * org.marsad.ingest.feeds.FeedItem}s (with the encodings, entities, dates and cut-off files Arabic
 * news sites really serve), XML, text and gzipped sitemaps with Google News tags, and feed
 * discovery in HTML pages. Readers never throw on bad content; they report it in {@link
 * org.marsad.model.Diagnostics} and return what they could read.
 */
@NullMarked
package org.marsad.ingest.feeds;

import org.jspecify.annotations.NullMarked;
