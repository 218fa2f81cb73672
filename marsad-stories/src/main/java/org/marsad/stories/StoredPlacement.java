package org.marsad.stories;

import java.util.Objects;

/**
 * A placement as a store gives it back after a restart, for {@link StoryEngine#restore}.
 *
 * @param id the article
 * @param groupId its duplicate group: the id of the group's first member
 * @param groupSequence the sequence that first member was placed with
 * @param storyId its story: the id of the story's first article
 * @param storySequence the sequence that first article was placed with
 * @param sequence the article's own sequence
 * @param fingerprint the bytes {@link Placed#fingerprint} carried when it was placed
 */
public record StoredPlacement(String id, String groupId, long groupSequence, String storyId, long storySequence,
    long sequence, byte[] fingerprint) {
  public StoredPlacement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (groupSequence < 0 || groupSequence > sequence || storySequence < 0 || storySequence > sequence) {
      throw new IllegalArgumentException("group and story sequences must be in [0, " + sequence + "]: "
          + groupSequence + ", " + storySequence);
    }
  }
}
