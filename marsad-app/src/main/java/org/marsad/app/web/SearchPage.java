package org.marsad.app.web;

import java.util.List;
import org.marsad.store.DateBucket;
import org.marsad.store.FacetCount;
import org.marsad.store.SearchResult;

/** The body of {@code /search}: results with highlighted snippets, facet links, pager and feed link. */
final class SearchPage {
  private SearchPage() {}

  static Html render(SearchQuery q, SearchResult r) {
    Html h = new Html().open("h1");
    if (q.q().isEmpty()) {
      h.text("كل الأخبار");
    } else {
      h.text("نتائج البحث عن «").bidi(q.q()).text("»");
    }
    h.close("h1").open("p", "class", "meta").bidi("عدد النتائج: " + r.total()).text(" · ")
        .link(q.feedUrl(), "اشترك في هذا البحث (Atom)", "rel", "alternate", "type", "application/atom+xml", "class", "subscribe")
        .close("p");
    filters(h, q);
    h.open("div", "class", "results").open("aside", "class", "facets");
    facet(h, "المصادر", r.facets().sources(), c -> q.withSource(c.value()).url());
    facet(h, "الوسوم", r.facets().tags(), c -> q.withTag(c.value()).url());
    dates(h, q, r.facets().dates());
    h.close("aside").open("section", "class", "hits-section");
    if (r.hits().isEmpty()) {
      h.element("p", "لا نتائج. جرّب كلمات أخرى.");
    }
    h.append(Hits.list(r.hits(), true));
    String url = q.withPage(1).url();
    h.append(Hits.pager(url + (url.contains("?") ? "&" : "?"), q.page(), r.total(), WebRoutes.PAGE_SIZE));
    return h.close("section").close("div");
  }

  private static void filters(Html h, SearchQuery q) {
    if (q.source() == null && q.tag() == null && q.from() == null) {
      return;
    }
    h.open("p", "class", "filters").text("التصفية: ");
    if (q.source() != null) {
      h.bidi("المصدر " + q.source() + " ").link(q.withSource(null).url(), "✕", "title", "إزالة").text(" ");
    }
    if (q.tag() != null) {
      h.bidi("الوسم " + q.tag() + " ").link(q.withTag(null).url(), "✕", "title", "إزالة").text(" ");
    }
    if (q.from() != null || q.to() != null) {
      h.bidi("التاريخ " + q.from() + " – " + q.to() + " ").link(q.withDates(null, null).url(), "✕", "title", "إزالة");
    }
    h.close("p");
  }

  private static void facet(Html h, String title, List<FacetCount> counts, java.util.function.Function<FacetCount, String> url) {
    if (counts.isEmpty()) {
      return;
    }
    h.element("h2", title).open("ul");
    for (FacetCount c : counts) {
      h.open("li").link(url.apply(c), c.value()).text(" ").element("span", Long.toString(c.count()), "class", "count").close("li");
    }
    h.close("ul");
  }

  private static void dates(Html h, SearchQuery q, List<DateBucket> dates) {
    if (dates.isEmpty()) {
      return;
    }
    h.element("h2", "التاريخ").open("ul");
    for (int i = dates.size() - 1; i >= 0; i--) {
      DateBucket b = dates.get(i);
      String label = switch (b.grain()) {
        case DAY -> ArabicDates.gregorian(b.start());
        case MONTH -> ArabicDates.month(java.time.YearMonth.from(b.start()));
        case YEAR -> Integer.toString(b.start().getYear());
      };
      h.open("li").link(q.withDates(b.start(), b.end().minusDays(1)).url(), label).text(" ")
          .element("span", Long.toString(b.count()), "class", "count").close("li");
    }
    h.close("ul");
  }
}
