package org.marsad.ingest.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one article on a page: the main article, or a "read also" article of another outlet
 * embedded after it.
 *
 * @param entries the lines, page furniture removed
 * @param embedded whether a read-also marker introduced this section
 * @param headline the headline when the marker line carried it ("اقرأ أيضا: العنوان"), else null
 */
record PageSection(List<PageEntry> entries, boolean embedded, @Nullable String headline) {
  PageSection {
    entries = List.copyOf(entries);
  }
}
