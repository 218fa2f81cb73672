package org.marsad.app.stories;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One member of a duplicate group: an outlet's copy of the text, and whether it is the canonical one. */
public record Copy(String id, String title, @Nullable String source, @Nullable Instant published, @Nullable String url, boolean canonical) {}
