package org.marsad.stories.dedup;

/**
 * How {@link DuplicateIndex} and {@link DuplicateRule} decide. Validated on construction; the
 * defaults come from a look at SaudiNewsNet (31,030 Saudi articles of July and August 2015, many
 * of them reprints of one SPA item across outlets) and are meant to be tuned on labelled pairs.
 * Immutable and thread-safe.
 *
 * <p>What the sample showed, with exact 4-word-shingle resemblance J and containment C of the
 * smaller text in the larger: pairs at J ≥ 0.5 were nearly all one text lightly edited; at 0.3 ≤
 * J < 0.5 most were one press release rewritten, but about a third were different events written
 * from one template (royal telegrams of congratulation, execution notices, aid flights numbered 5
 * and 6); at C ≥ 0.8 with the smaller text at least a third of the larger, most were trimmed or
 * extended copies and a few were a digest containing the item.
 *
 * <p>With these defaults, the whole sample added in date order gave 929 EXACT and 4,978 NEAR
 * decisions; pairs with exact J ≥ 0.8 ended in one group 99.9% of the time, 0.6 ≤ J < 0.8 97%,
 * 0.5 ≤ J < 0.6 86%. An add verified 0.7 candidates on average, 53 at most. The known failure is
 * templated items: telegrams to different heads of state from one outlet resemble each other as
 * much as two copies of one telegram (J up to 0.76), so they chain into one group. No threshold on
 * shingles separates them; the names that differ would.
 *
 * <p>Banding: a pair with resemblance J shares at least one of b bands of r rows with
 * probability 1 − (1 − J<sup>r</sup>)<sup>b</sup>. With the default 42 × 3: J 0.05 → 0.5%, 0.1 →
 * 4.1%, 0.2 → 29%, 0.25 → 48%, 0.3 → 68%, 0.35 → 84%, 0.4 → 94%, 0.45 → 98%, 0.5 → 99.6%, 0.6 →
 * 99.99%. So a pair at the resemblance bar is found all but surely. The containment rule reaches
 * lower J: a copy cut to a third of the original, otherwise unchanged (J = 0.33), is found 80% of
 * the time per earlier copy, and one at the containment bar (C = 0.8) 48% of the time at a third
 * of the length (J = 0.25) and 87% at half (J = 0.36); later copies get further chances from
 * every earlier member of the group. Four rows (32 × 4) would find only 23% of pairs at J 0.3;
 * two rows (64 × 2) would make 47% of pairs at J 0.1 (shared set phrases) candidates.
 *
 * @param minExactShingles the fewest distinct shingles a body needs for its content key to count:
 *     below it equal bodies are bylines, captions or "للتواصل" boxes, not copies (SaudiNewsNet
 *     has many equal bodies of one to seven words on unrelated articles). Default 8 (11 words).
 * @param minNearShingles the fewest shingles both bodies need to be near-duplicates: in shorter
 *     texts one edit moves the estimate too far, and set phrases dominate. Default 20 (23 words).
 * @param nearResemblance the resemblance at or above which two bodies are near-duplicates.
 *     Default 0.5.
 * @param nearContainment the estimated containment of the smaller body in the larger at or above
 *     which they are near-duplicates (paragraphs cut or added), if the length ratio allows.
 *     Default 0.8.
 * @param minLengthRatio the least ratio of the smaller shingle count to the larger for the
 *     containment rule: a short item inside a long digest or feature is not a copy of it. Default
 *     0.33.
 * @param wireBonus how much both bars drop when the two articles credit a common wire agency.
 *     Small, because templated items share their wire too. Default 0.05.
 * @param founderContainment the least estimated containment a match through a later group member
 *     must also have with the group's founding member, so that a digest matched to one item does
 *     not pull copies of its other items into that item's group (such a copy shares next to
 *     nothing with the founder). Lower than {@code nearContainment} on purpose: a copy of a copy
 *     drifts, and the full rule against the founder split SaudiNewsNet groups that were plainly
 *     one text. 0 turns the check off. Default 0.5.
 * @param bands LSH bands. Default 42.
 * @param rows signature slots per band; {@code bands * rows} must not exceed {@link
 *     Fingerprint#SIGNATURE_LENGTH}. Default 3.
 * @param maxBucketScan how many of a bucket's newest members are examined per band: keeps the
 *     cost of one add bounded however large the index or however common a template. Copies
 *     arrive within days, so the newest members are the ones that matter. Default 64.
 */
public record DedupConfig(
    int minExactShingles,
    int minNearShingles,
    double nearResemblance,
    double nearContainment,
    double minLengthRatio,
    double wireBonus,
    double founderContainment,
    int bands,
    int rows,
    int maxBucketScan) {

  /** A bound on {@code maxBucketScan}: beyond it an add would no longer be cheap. */
  public static final int MAX_BUCKET_SCAN = 10_000;

  public DedupConfig {
    requireAtLeast(minExactShingles, 1, "minExactShingles");
    requireAtLeast(minNearShingles, 1, "minNearShingles");
    requireShare(nearResemblance, "nearResemblance");
    requireShare(nearContainment, "nearContainment");
    requireShare(minLengthRatio, "minLengthRatio");
    if (!(wireBonus >= 0.0 && wireBonus < Math.min(nearResemblance, nearContainment))) {
      throw new IllegalArgumentException(
          "wireBonus must be at least 0 and below both bars: " + wireBonus);
    }
    if (!(founderContainment >= 0.0 && founderContainment <= 1.0)) {
      throw new IllegalArgumentException("founderContainment must be in [0, 1]: " + founderContainment);
    }
    requireAtLeast(bands, 1, "bands");
    requireAtLeast(rows, 1, "rows");
    if ((long) bands * rows > Fingerprint.SIGNATURE_LENGTH) {
      throw new IllegalArgumentException("bands * rows must be at most "
          + Fingerprint.SIGNATURE_LENGTH + ": " + bands + " * " + rows);
    }
    if (maxBucketScan < 1 || maxBucketScan > MAX_BUCKET_SCAN) {
      throw new IllegalArgumentException("maxBucketScan must be in 1.." + MAX_BUCKET_SCAN + ": " + maxBucketScan);
    }
  }

  /** The defaults named in the class comment. */
  public static DedupConfig defaults() {
    return new DedupConfig(8, 20, 0.35, 0.6, 0.25, 0.05, 0.5, 63, 2, 64);
  }

  public DedupConfig withNearResemblance(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, value, nearContainment,
        minLengthRatio, wireBonus, founderContainment, bands, rows, maxBucketScan);
  }

  public DedupConfig withNearContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, value,
        minLengthRatio, wireBonus, founderContainment, bands, rows, maxBucketScan);
  }

  public DedupConfig withMinLengthRatio(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment,
        value, wireBonus, founderContainment, bands, rows, maxBucketScan);
  }

  public DedupConfig withWireBonus(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment,
        minLengthRatio, value, founderContainment, bands, rows, maxBucketScan);
  }

  public DedupConfig withFounderContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment,
        minLengthRatio, wireBonus, value, bands, rows, maxBucketScan);
  }

  private static void requireAtLeast(int value, int least, String name) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + ": " + value);
    }
  }

  private static void requireShare(double value, String name) {
    if (!(value > 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
    }
  }
}
