package org.marsad.app.stories;

import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;

/**
 * One member of a duplicate group: an outlet's copy of the text, and whether it is the canonical one.
 *
 * @param published its date as the page gave it, or null
 */
public record Copy(String id, String title, @Nullable String source, @Nullable Published published, @Nullable String url, boolean canonical) {}
