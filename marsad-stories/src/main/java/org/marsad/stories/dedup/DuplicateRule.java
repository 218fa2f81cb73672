package org.marsad.stories.dedup;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * The pairwise test behind {@link DuplicateIndex}: whether one body copies another, from their
 * fingerprints and wire credits alone. Public so that thresholds can be tuned on labelled pairs
 * with exactly the arithmetic the index uses. Immutable and thread-safe.
 */
public final class DuplicateRule {
  private final DedupConfig config;

  public DuplicateRule(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public DedupConfig config() {
    return config;
  }

  /**
   * How {@code later} relates to {@code earlier}, as {@link DuplicateIndex#add} would decide if
   * {@code earlier} were the only article indexed (no banding, no group).
   */
  public DuplicateKind judge(Fingerprint earlier, Set<String> earlierWires, Fingerprint later, Set<String> laterWires) {
    if (exactEligible(later) && later.contentKey() == earlier.contentKey()) {
      return DuplicateKind.EXACT;
    }
    boolean sharedWire = !Collections.disjoint(earlierWires, laterWires);
    double resemblance = later.resemblance(earlier);
    return isNear(earlier.shingles(), later.shingles(), resemblance, sharedWire)
        ? DuplicateKind.NEAR
        : DuplicateKind.NONE;
  }

  /** Whether the body is long enough for its content key to mark an exact copy. */
  boolean exactEligible(Fingerprint fp) {
    return fp.contentKey() != Shingler.EMPTY_KEY && fp.shingles() >= config.minExactShingles();
  }

  /** Whether a body of this many shingles can be a near-duplicate at all. */
  boolean nearEligible(int shingles) {
    return shingles >= config.minNearShingles();
  }

  /**
   * Near-duplicate when the resemblance is high, or when most of the smaller body is in the
   * larger and the smaller is not a small part of the larger; a common wire lowers both bars.
   */
  boolean isNear(int shinglesA, int shinglesB, double resemblance, boolean sharedWire) {
    int smaller = Math.min(shinglesA, shinglesB);
    int larger = Math.max(shinglesA, shinglesB);
    if (!nearEligible(smaller)) {
      return false;
    }
    double bonus = sharedWire ? config.wireBonus() : 0.0;
    if (resemblance >= config.nearResemblance() - bonus) {
      return true;
    }
    return (double) smaller / larger >= config.minLengthRatio()
        && Similarity.containment(resemblance, shinglesA, shinglesB) >= config.nearContainment() - bonus;
  }
}
