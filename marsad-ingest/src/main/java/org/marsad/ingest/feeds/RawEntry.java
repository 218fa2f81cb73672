package org.marsad.ingest.feeds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item as the XML gave it, before cleaning: the common shape of RSS items and Atom entries,
 * filled from Rome or from the lenient parse.
 *
 * @param link the link as written, maybe relative, or null
 * @param guid the RSS guid or Atom id, or null
 * @param guidIsPermaLink whether the guid is the item's URL (RSS {@code isPermaLink}, true by default)
 * @param title the title, maybe with markup, or null
 * @param dates raw date strings, best first (published, then updated)
 * @param summary the description or content, or null
 * @param summaryIsHtml whether {@code summary} is HTML rather than plain text
 * @param authors author names as written
 * @param categories categories as written
 */
record RawEntry(
    @Nullable String link,
    @Nullable String guid,
    boolean guidIsPermaLink,
    @Nullable String title,
    List<String> dates,
    @Nullable String summary,
    boolean summaryIsHtml,
    List<String> authors,
    List<String> categories) {}
