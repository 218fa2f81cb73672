/**
 * Exact and near-duplicate detection: a content key for exact copies, MinHash signatures over
 * normalized word shingles with LSH banding for near copies, verified by estimated resemblance and
 * containment of shingles or of words (a bag of light stems, for reordered and reworded
 * reprints), with a shared wire credit as evidence; two texts whose distinguishing facts conflict
 * ({@link org.marsad.stories.text.Facts}) are template siblings, never copies. {@link
 * org.marsad.stories.dedup.DuplicateIndex} is the entry point; {@link
 * org.marsad.stories.dedup.DuplicateRule} scores a single pair, for tuning on labelled pairs.
 */
@NullMarked
package org.marsad.stories.dedup;

import org.jspecify.annotations.NullMarked;
