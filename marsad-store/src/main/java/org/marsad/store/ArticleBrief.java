package org.marsad.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored article in brief, for duplicate groups, stories and lists, read without the article
 * JSON.
 *
 * @param length characters of body text
 * @param placement null for an article stored without one
 */
public record ArticleBrief(
    String id,
    @Nullable String url,
    String title,
    @Nullable String source,
    @Nullable Instant published,
    int length,
    @Nullable Placement placement) {}
