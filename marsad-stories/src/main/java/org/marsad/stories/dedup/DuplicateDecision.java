package org.marsad.stories.dedup;

import java.util.Objects;

/**
 * What {@link DuplicateIndex#add} decided about one article. Immutable.
 *
 * @param group ordinal of the group's founding member (the article's own ordinal when NONE)
 * @param match ordinal of the earlier article it matched, or -1
 * @param kind NONE, EXACT or NEAR
 * @param resemblance estimated resemblance to the match (1 when EXACT, 0 when NONE)
 * @param containment estimated containment of the smaller body in the larger (1 when EXACT, 0
 *     when NONE)
 */
public record DuplicateDecision(
    int group, int match, DuplicateKind kind, double resemblance, double containment) {
  public DuplicateDecision {
    Objects.requireNonNull(kind, "kind");
    if (group < 0) {
      throw new IllegalArgumentException("group must not be negative: " + group);
    }
    if ((kind == DuplicateKind.NONE) != (match == -1) || match < -1) {
      throw new IllegalArgumentException("match must be -1 exactly when kind is NONE: " + match + ", " + kind);
    }
    if (kind != DuplicateKind.NONE && group > match) {
      throw new IllegalArgumentException("group must not come after match: " + group + " > " + match);
    }
    requireShare(resemblance, "resemblance");
    requireShare(containment, "containment");
  }

  static DuplicateDecision none(int ordinal) {
    return new DuplicateDecision(ordinal, -1, DuplicateKind.NONE, 0.0, 0.0);
  }

  private static void requireShare(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
    }
  }
}
