package org.marsad.ingest.page;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.marsad.arabic.dates.DateMention;
import org.marsad.model.Credit;

/**
 * What one line of a page is, and what it says.
 *
 * @param kind the line's role on the page
 * @param date the date the line gives (META lines), or null
 * @param dateLabelled whether a label such as "تاريخ النشر" introduced the date
 * @param credits credits the line gives (META lines: preparer, source, author; WIRE lines: the chain)
 * @param value the rest of the line: tag text (TAGS), inline headline (READ_ALSO), or body text
 *     that followed a credit on the same line (META, e.g. "شمسان بوست / خاص: أكد ...")
 * @param headline the article's headline when a credit line carries it ("The post TITLE appeared
 *     first on OUTLET."), else null
 */
record LineFacts(
    Kind kind,
    @Nullable DateMention date,
    boolean dateLabelled,
    List<Credit> credits,
    String value,
    @Nullable String headline) {

  enum Kind {
    /** Running text or a headline. */
    TEXT,
    /** Buttons, share and ad words only. */
    FURNITURE,
    /** Starts an embedded "read also" article or link list. */
    READ_ALSO,
    /** The site's tag list. */
    TAGS,
    /** Dates and credits: publication date, preparer, source, author, "OUTLET - متابعة". */
    META,
    /** A wire chain such as "فرانس24/ رويترز". */
    WIRE
  }

  LineFacts {
    credits = List.copyOf(credits);
  }

  LineFacts(Kind kind, @Nullable DateMention date, boolean dateLabelled, List<Credit> credits, String value) {
    this(kind, date, dateLabelled, credits, value, null);
  }

  static LineFacts text() {
    return new LineFacts(Kind.TEXT, null, false, List.of(), "");
  }

  static LineFacts of(Kind kind, String value) {
    return new LineFacts(kind, null, false, List.of(), value);
  }
}
