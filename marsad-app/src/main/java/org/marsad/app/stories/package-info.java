/**
 * Stories in the app: the data folder that keeps the stories engine beside the article store and
 * writes what the pipeline placed ({@link org.marsad.app.stories.Storage}), and the views of
 * groups, stories and related reads that the API, the web UI and the CLI show
 * ({@link org.marsad.app.stories.StoryViews}).
 */
@NullMarked
package org.marsad.app.stories;

import org.jspecify.annotations.NullMarked;
