package org.marsad.app.web;

import java.util.List;
import org.marsad.model.Published;
import org.marsad.model.Span;
import org.marsad.store.Highlight;
import org.marsad.store.SearchHit;

/** Lists of hits, highlighted snippets and pagers, shared by the pages. */
final class Hits {
  private Hits() {}

  static Html list(List<SearchHit> hits, boolean snippets) {
    Html h = new Html().open("ol", "class", "hits");
    for (SearchHit hit : hits) {
      h.open("li").open("h3").link("/article/" + Html.encode(hit.id()), hit.title()).close("h3");
      h.open("p", "class", "meta");
      if (hit.source() != null) {
        h.link("/source/" + Html.encode(hit.source()), hit.source());
      }
      if (hit.published() != null) {
        h.text(hit.source() == null ? "" : " · ").append(date(hit.published()));
      }
      h.close("p");
      if (snippets) {
        for (Highlight hl : hit.highlights()) {
          if (hl.field().equals("body")) {
            h.open("p", "class", "snippet").append(marked(hl)).close("p");
          }
        }
      }
      h.close("li");
    }
    return h.close("ol");
  }

  /** The passage with each matched span in {@code <mark>}, all of it escaped. */
  static Html marked(Highlight hl) {
    Html h = new Html();
    String text = hl.text();
    int last = 0;
    for (Span m : hl.matches()) {
      if (m.start() < last || m.end() > text.length()) {
        continue;
      }
      h.bidi(text.substring(last, m.start())).open("mark").bidi(text.substring(m.start(), m.end())).close("mark");
      last = m.end();
    }
    return h.bidi(text.substring(last));
  }

  static Html date(Published p) {
    return new Html().open("time", "datetime", p.iso()).bidi(ArabicDates.gregorian(p.local().toLocalDate())).close("time");
  }

  /** Previous and next links; {@code base} ends in {@code ?} or {@code &}. */
  static Html pager(String base, int page, long total, int size) {
    Html h = new Html().open("nav", "class", "pager");
    if (page > 1) {
      h.link(base + "page=" + (page - 1), "السابق", "rel", "prev");
    }
    long pages = (total + size - 1) / size;
    if (pages > 1) {
      h.open("span").bidi(" صفحة " + page + " من " + pages + " ").close("span");
    }
    if ((long) page * size < total && page < WebRoutes.MAX_PAGE) {
      h.link(base + "page=" + (page + 1), "التالي", "rel", "next");
    }
    return h.close("nav");
  }
}
