package org.marsad.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where the stories engine put an article, stored with it so it survives restarts: the duplicate
 * group it belongs to, the story it belongs to, the order it was placed in, and the engine's own
 * fingerprint of it (opaque to the store), from which the engine rebuilds its memory on start.
 *
 * @param groupId id of the duplicate group (the id of its first placed member); an article with no
 *     copies is alone in its own group
 * @param storyId id of the story
 * @param sequence the order of placement, 0-based, unique in a store
 * @param fingerprint the engine's encoded fingerprint; the store keeps it as given
 * @param relatedKeys words the engine finds related articles by (its own keys, opaque to the
 *     store): the store indexes them for {@link ArticleStore#relatedByKeys} and does not keep them
 *     otherwise, so a placement read back has none. Not part of equality.
 */
public record Placement(String groupId, String storyId, long sequence, byte[] fingerprint, List<String> relatedKeys) {
  public Placement {
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("groupId: must not be blank");
    }
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("storyId: must not be blank");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence: must be >= 0, got " + sequence);
    }
    fingerprint = Objects.requireNonNull(fingerprint, "fingerprint").clone();
    relatedKeys = List.copyOf(relatedKeys);
  }

  /** A placement without related keys: as the store reads one back. */
  public Placement(String groupId, String storyId, long sequence, byte[] fingerprint) {
    this(groupId, storyId, sequence, fingerprint, List.of());
  }

  @Override
  public byte[] fingerprint() {
    return fingerprint.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Placement p && groupId.equals(p.groupId) && storyId.equals(p.storyId)
        && sequence == p.sequence && Arrays.equals(fingerprint, p.fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, storyId, sequence, Arrays.hashCode(fingerprint));
  }

  @Override
  public String toString() {
    return "Placement[group=" + groupId + ", story=" + storyId + ", sequence=" + sequence + ", fingerprint=" + fingerprint.length + " bytes]";
  }
}
