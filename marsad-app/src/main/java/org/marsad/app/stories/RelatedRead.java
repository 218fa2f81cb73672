package org.marsad.app.stories;

import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * A read Marsad chose as related to an article, with how related it is (0 to 1).
 *
 * @param published its date as the page gave it, or null
 */
public record RelatedRead(String id, String title, @Nullable String source, @Nullable Published published, @Nullable String storyId, double score) {}
