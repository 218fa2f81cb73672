package org.marsad.stories;

import org.marsad.stories.dedup.DuplicateKind;

/**
 * Where the engine put an article.
 *
 * @param groupId the duplicate group: the id of its first placed member
 * @param storyId the story: the id of its first placed article
 * @param sequence the order of placement, 0-based
 * @param fingerprint what the engine needs to rebuild its memory of the article after a restart;
 *     store it with the article and hand it back to {@link StoryEngine#restore}
 * @param kind how the article matched its group (NONE when it founded it)
 * @param newStory whether the article founded its story
 */
public record Placed(String groupId, String storyId, long sequence, byte[] fingerprint, DuplicateKind kind, boolean newStory) {}
