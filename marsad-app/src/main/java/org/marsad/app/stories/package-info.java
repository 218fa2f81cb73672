/**
 * Stories in the app: a store that places every article it is given into its duplicate group and
 * story as it stores it ({@link org.marsad.app.stories.PlacingStore}), and the views of groups,
 * stories and related reads that the API, the web UI and the CLI show
 * ({@link org.marsad.app.stories.StoryViews}).
 */
@NullMarked
package org.marsad.app.stories;

import org.jspecify.annotations.NullMarked;
