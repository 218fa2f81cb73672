/**
 * Stories: which articles are copies of one text (duplicate groups), which articles follow one
 * event (stories), and which other articles are worth reading next (related reads).
 * {@link org.marsad.stories.StoryEngine} is the entry point; it is incremental and deterministic
 * for a given order of articles, and keeps no pairwise state.
 */
@NullMarked
package org.marsad.stories;

import org.jspecify.annotations.NullMarked;
