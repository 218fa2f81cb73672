/**
 * The one place that decides which charset a document's bytes are in: byte order mark, the
 * charset the caller was given (HTTP {@code Content-Type}), the document's own declaration (HTML
 * {@code <meta>}, XML prolog), then what the bytes themselves say. Every reader decodes through
 * it, so a page, a feed and a saved eval file get the same answer for the same bytes.
 */
@NullMarked
package org.marsad.ingest.charset;

import org.jspecify.annotations.NullMarked;
