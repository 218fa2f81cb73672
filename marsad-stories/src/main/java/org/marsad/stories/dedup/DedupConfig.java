package org.marsad.stories.dedup;

/**
 * How {@link DuplicateIndex} and {@link DuplicateRule} decide. Validated on construction; the
 * defaults are tuned with {@code marsad eval dedup} on 333 hand-labelled SaudiNewsNet pairs
 * ({@code eval/dedup/README.md}). Immutable and thread-safe.
 *
 * <p>A first look at SaudiNewsNet (31,030 Saudi articles of July and August 2015, many of them
 * reprints of one SPA item across outlets), with exact 4-word-shingle resemblance J and
 * containment C of the smaller text in the larger: pairs at J ≥ 0.5 were nearly all one text
 * lightly edited; at 0.3 ≤ J < 0.5 most were one press release rewritten, but about a third were
 * different events written from one template (royal telegrams of congratulation, execution
 * notices, aid flights numbered 5 and 6); at C ≥ 0.8 with the smaller text at least a third of
 * the larger, most were trimmed or extended copies and a few were a digest containing the item.
 *
 * <p>On the labelled pairs the defaults (near at J ≥ 0.35, or C ≥ 0.6 with the shorter text at
 * least a quarter of the longer) reach precision 0.9545 and recall 0.7875; the earlier defaults
 * (0.5, 0.8, a third; 42 × 3) reached 0.9932 and 0.6083. Missed copies are lightly edited,
 * condensed or reordered reprints. False duplicates are template siblings (execution notices,
 * weather reports, congratulation telegrams) whose names and dates differ: telegrams to different
 * heads of state from one outlet reach J 0.76, as much as two copies of one telegram. On the same
 * pairs no plain overlap rule reaches precision 0.98 with recall above about 0.72, so no setting
 * of these bars separates them; the names that differ would.
 *
 * <p>So two more tests were added (tuned on the tune hash half of the labelled pairs only, {@code
 * marsad eval dedup}): the facts of the two texts ({@link org.marsad.stories.text.Facts}: numbers,
 * day and month names, places and names after titles, each in its slot) must not conflict in
 * {@code siblingConflicts} or more of the slots both fill, and a reprint too reworded or reordered
 * for the shingle bars is a copy when {@code wordContainment} of its words (light stems) and
 * {@code wordShingleContainment} of its shingles are in the other text. On the tune half, judged
 * pair by pair, the sibling test alone moved precision from 0.934 to 0.970 (recall 0.846 to
 * 0.821) and with the word rule reached 0.963 / 0.880; the numbers of the whole index are in the
 * README.
 *
 * <p>Then the index itself (tune half, whole index): taking the match of highest resemblance
 * rather than containment, asking two shared fact slots of siblings, and merging groups found to
 * hold one text ({@code mergeResemblance}) moved recall from 0.838 to 0.897 at precision 0.961 to
 * 0.963; on the check half, never looked at pair by pair, recall went from 0.764 to 0.789 at
 * precision 0.959 to 0.960. Tried on the tune half and left: sibling conflicts at 0.2 (precision 0.929, recall the
 * same), the word rule at 0.78 / 0.36 (one more copy, one more false one), accepting a group
 * through two of its members without its founder (one more copy; the check half lost precision).
 *
 * <p>Banding: a pair with resemblance J shares at least one of b bands of r rows with
 * probability 1 − (1 − J<sup>r</sup>)<sup>b</sup>. With the default 63 × 2 (all 126 hashes):
 * J 0.05 → 15%, 0.1 → 47%, 0.15 → 76%, 0.2 → 92%, 0.3 → 99.7%, 0.35 → 99.97%, 0.5 → 1 −
 * 10<sup>−8</sup>. So a pair at the resemblance bar is found all but surely, and so are most
 * pairs the containment rule accepts: a copy cut to a quarter of the original, otherwise
 * unchanged (J = 0.25), 98% of the time per earlier copy; one at the containment bar (C = 0.6)
 * 69% at a quarter of the length (J = 0.14) and 98% at half (J = 0.25). Three rows (42 × 3)
 * would find only 48% of pairs at J 0.25 and 13% at 0.15. The price is candidates: about half of
 * the pairs at J 0.1 (shared set phrases, templates) become candidates, to be verified and
 * rejected (with 42 × 3 an add over the whole sample verified 0.7 candidates on average, 53 at
 * most; not re-measured with 63 × 2). The cost of an add stays bounded by the bucket scan cap:
 * at most {@code bands × maxBucketScan} candidates (4,032 by default), however common a phrase.
 *
 * @param minExactShingles the fewest distinct shingles a body needs for its content key to count:
 *     below it equal bodies are bylines, captions or "للتواصل" boxes, not copies (SaudiNewsNet
 *     has many equal bodies of one to seven words on unrelated articles). Default 8 (11 words).
 * @param minNearShingles the fewest shingles both bodies need to be near-duplicates: in shorter
 *     texts one edit moves the estimate too far, and set phrases dominate. Default 20 (23 words).
 * @param nearResemblance the resemblance at or above which two bodies are near-duplicates.
 *     Default 0.35.
 * @param nearContainment the estimated containment of the smaller body in the larger at or above
 *     which they are near-duplicates (paragraphs cut or added), if the length ratio allows.
 *     Default 0.6.
 * @param minLengthRatio the least ratio of the smaller shingle count to the larger for the
 *     containment rule: a short item inside a long digest or feature is not a copy of it. Default
 *     0.25.
 * @param wireBonus how much both bars drop when the two articles credit a common wire agency.
 *     Small, because templated items share their wire too. Default 0.05.
 * @param founderContainment the least estimated containment a match through a later group member
 *     must also have with the group's founding member, so that a digest matched to one item does
 *     not pull copies of its other items into that item's group (such a copy shares next to
 *     nothing with the founder). Lower than {@code nearContainment} on purpose: a copy of a copy
 *     drifts, and the full rule against the founder split SaudiNewsNet groups that were plainly
 *     one text. 0 turns the check off. Default 0.5.
 * @param wordContainment the estimated containment of the smaller body's words (light stems and
 *     numbers) in the larger's at or above which a reprint that was reordered, condensed or
 *     lightly reworded is a copy, when its shingles are at least {@code wordShingleContainment}
 *     contained too and the length ratio allows. Default 0.8.
 * @param wordShingleContainment the least shingle containment the word rule asks for: words alone
 *     are shared by independent reports of one event, a reprint keeps runs of them. Default 0.4.
 * @param siblingConflicts the share of the slots both texts fill with facts ({@link
 *     org.marsad.stories.text.Facts}) that must conflict for the two to be template siblings
 *     (different convicts, days, countries), never copies, whatever their words. At least one
 *     conflicting slot is needed; 1 turns the test off but for texts that agree on nothing.
 *     Default 0.125.
 * @param mergeResemblance the resemblance an article needs with open members of two groups, and
 *     with its best match, for those groups to merge into the older: they turn out to hold one
 *     text (a copy placed alone because the first copies it met were not yet there, or a founder
 *     rewritten by its outlet). Resemblance, not containment, so a digest merges nothing. 1 leaves
 *     only texts whose signatures agree throughout to merge. Default 0.35.
 * @param bands LSH bands. Default 63.
 * @param rows signature slots per band; {@code bands * rows} must not exceed {@link
 *     Fingerprint#SIGNATURE_LENGTH}. Default 2.
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
    double wordContainment,
    double wordShingleContainment,
    double siblingConflicts,
    double mergeResemblance,
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
    requireShare(wordContainment, "wordContainment");
    requireShare(wordShingleContainment, "wordShingleContainment");
    requireShare(siblingConflicts, "siblingConflicts");
    requireShare(mergeResemblance, "mergeResemblance");
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
    return new DedupConfig(8, 20, 0.35, 0.6, 0.25, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 63, 2, 64);
  }

  public DedupConfig withNearResemblance(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, value, nearContainment, minLengthRatio, wireBonus, founderContainment, wordContainment, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withNearContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, value, minLengthRatio, wireBonus, founderContainment, wordContainment, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withMinLengthRatio(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, value, wireBonus, founderContainment, wordContainment, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withWireBonus(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, value, founderContainment, wordContainment, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withFounderContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, wireBonus, value, wordContainment, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withWordContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, wireBonus, founderContainment, value, wordShingleContainment, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withWordShingleContainment(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, wireBonus, founderContainment, wordContainment, value, siblingConflicts, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withSiblingConflicts(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, wireBonus, founderContainment, wordContainment, wordShingleContainment, value, mergeResemblance, bands, rows, maxBucketScan);
  }

  public DedupConfig withMergeResemblance(double value) {
    return new DedupConfig(minExactShingles, minNearShingles, nearResemblance, nearContainment, minLengthRatio, wireBonus, founderContainment, wordContainment, wordShingleContainment, siblingConflicts, value, bands, rows, maxBucketScan);
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
