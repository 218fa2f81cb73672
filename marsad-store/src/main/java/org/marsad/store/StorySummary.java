package org.marsad.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One story as counted over the articles that matched a {@link StoryQuery}.
 *
 * @param articles articles in the story (within the query's dates)
 * @param groups distinct duplicate groups among them: the story's distinct texts
 * @param sources distinct sources among them
 * @param first earliest publication date, null when none has a date
 * @param last latest publication date, null when none has a date
 */
public record StorySummary(String storyId, int articles, int groups, int sources, @Nullable Instant first, @Nullable Instant last) {}
