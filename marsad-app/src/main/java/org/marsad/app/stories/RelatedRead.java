package org.marsad.app.stories;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A read Marsad chose as related to an article, with how related it is (0 to 1). */
public record RelatedRead(String id, String title, @Nullable String source, @Nullable Instant published, @Nullable String storyId, double score) {}
