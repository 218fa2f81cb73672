package org.marsad.ingest.page;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Credit;
import org.marsad.model.Published;

/**
 * The fields read from one section of a page.
 *
 * @param title headline, or one derived from the body (then {@code notes} says so)
 * @param body clean paragraphs
 * @param published publication date, or null
 * @param credits author, preparer, source and wire credits, in that order
 * @param tags the site's tags as phrases
 * @param notes what was derived rather than read, for the article's provenance
 */
record ParsedSection(
    String title,
    List<String> body,
    @Nullable Published published,
    List<Credit> credits,
    List<String> tags,
    List<String> notes) {

  @Nullable String source() {
    return credits.stream().filter(c -> c.role() == Credit.Role.SOURCE).map(Credit::name).findFirst().orElse(null);
  }
}
