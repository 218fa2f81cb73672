package org.marsad.stories.dedup;

import java.util.Arrays;
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
 * @param siblings ordinals of earlier articles the body overlaps as a copy would but whose facts
 *     conflict with its own: template siblings (another day's bulletin, another country's cable),
 *     ascending, at most {@link #MAX_SIBLINGS}; copied in and out
 * @param regrouped ordinals of earlier articles whose group this decision changed to {@code
 *     group}: the members of groups that turned out to hold the same text and merged (ascending;
 *     copied in and out). Whoever stored their placements must rewrite them.
 */
public record DuplicateDecision(
    int group, int match, DuplicateKind kind, double resemblance, double containment, int[] siblings, int[] regrouped) {
  /** Siblings reported per decision: enough to keep an article out of their stories. */
  public static final int MAX_SIBLINGS = 16;

  /** A decision that names no siblings. */
  public DuplicateDecision(int group, int match, DuplicateKind kind, double resemblance, double containment) {
    this(group, match, kind, resemblance, containment, new int[0], new int[0]);
  }

  public DuplicateDecision {
    Objects.requireNonNull(siblings, "siblings");
    Objects.requireNonNull(regrouped, "regrouped");
    siblings = siblings.clone();
    regrouped = regrouped.clone();
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

  @Override
  public int[] siblings() {
    return siblings.clone();
  }

  @Override
  public int[] regrouped() {
    return regrouped.clone();
  }

  /** The same decision naming these siblings. */
  DuplicateDecision withSiblings(int[] ordinals) {
    return new DuplicateDecision(group, match, kind, resemblance, containment, ordinals, regrouped);
  }

  /** The same decision naming these regrouped articles. */
  DuplicateDecision withRegrouped(int[] ordinals) {
    return new DuplicateDecision(group, match, kind, resemblance, containment, siblings, ordinals);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuplicateDecision d && group == d.group && match == d.match && kind == d.kind
        && Double.compare(resemblance, d.resemblance) == 0 && Double.compare(containment, d.containment) == 0
        && Arrays.equals(siblings, d.siblings) && Arrays.equals(regrouped, d.regrouped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, match, kind, resemblance, containment, Arrays.hashCode(siblings), Arrays.hashCode(regrouped));
  }

  @Override
  public String toString() {
    return "DuplicateDecision[group=" + group + ", match=" + match + ", kind=" + kind + ", resemblance=" + resemblance
        + ", containment=" + containment + ", siblings=" + Arrays.toString(siblings) + ", regrouped="
        + Arrays.toString(regrouped) + "]";
  }

  private static void requireShare(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
    }
  }
}
