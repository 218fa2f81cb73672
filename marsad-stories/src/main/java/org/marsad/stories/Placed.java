package org.marsad.stories;

import java.util.List;
import java.util.Objects;
import org.marsad.stories.dedup.DuplicateKind;

/**
 * Where the engine put an article.
 *
 * @param groupId the duplicate group: the id of its first placed member
 * @param storyId the story: the id of its first placed article
 * @param sequence the order of placement, 0-based
 * @param fingerprint what the engine needs to rebuild its memory of the article after a restart;
 *     store it with the article and hand it back to {@link StoryEngine#restore}. Only the
 *     placement {@link StoryEngine#place} makes carries it: the engine does not keep it (the store
 *     does), so a placement it reports again ({@link StoryEngine#placement}, or {@code place} of
 *     an article placed before) holds {@link #NOT_KEPT}
 * @param kind how the article matched its group (NONE when it founded it)
 * @param newStory whether the article founded its story
 * @param regrouped ids of articles placed before whose group is now {@code groupId}: their group
 *     turned out to hold the same text and merged into this one. Rewrite their stored
 *     placements (their {@link StoryEngine#placement} says where they are now). Empty but when
 *     placing merged groups.
 */
public record Placed(String groupId, String storyId, long sequence, byte[] fingerprint, DuplicateKind kind,
    boolean newStory, List<String> regrouped) {
  public Placed {
    regrouped = List.copyOf(regrouped);
  }

  /** A placement that regrouped nothing. */
  public Placed(String groupId, String storyId, long sequence, byte[] fingerprint, DuplicateKind kind, boolean newStory) {
    this(groupId, storyId, sequence, fingerprint, kind, newStory, List.of());
  }

  /**
   * A placement read back from a store: where an article was put, without what the engine alone
   * knew when placing it (how it matched, whether it founded its story).
   */
  public static Placed stored(String groupId, String storyId, long sequence) {
    return new Placed(groupId, storyId, sequence, NOT_KEPT, DuplicateKind.NONE, false);
  }

  /** The fingerprint of a placement the engine reports again: empty. */
  public static final byte[] NOT_KEPT = new byte[0];

  /** Whether this placement carries its fingerprint (one {@link StoryEngine#place} just made). */
  public boolean hasFingerprint() {
    return fingerprint.length > 0;
  }

  /** The placement as the engine keeps it, without the fingerprint the store holds. */
  Placed withoutFingerprint() {
    return new Placed(groupId, storyId, sequence, NOT_KEPT, kind, newStory, List.of());
  }

  /** The same placement in another group, regrouping nothing. */
  Placed inGroup(String group) {
    return new Placed(Objects.requireNonNull(group, "group"), storyId, sequence, fingerprint, kind, newStory, List.of());
  }
}
