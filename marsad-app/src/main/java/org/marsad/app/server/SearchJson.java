package org.marsad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.marsad.store.DateBucket;
import org.marsad.store.Facets;
import org.marsad.store.Highlight;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchResult;
import org.marsad.store.codec.ArticleJson;

/** A search result as JSON, the same for the CLI's {@code --json} and the API. */
public final class SearchJson {
  private SearchJson() {}

  public static ObjectNode of(SearchResult result) {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("total", result.total());
    ArrayNode hits = n.putArray("hits");
    for (SearchHit hit : result.hits()) {
      ObjectNode o = hits.addObject();
      o.put("id", hit.id());
      o.put("title", hit.title());
      o.put("source", hit.source());
      o.put("published", hit.published() == null ? null : hit.published().iso());
      o.put("score", hit.score());
      ArrayNode hl = o.putArray("highlights");
      for (Highlight h : hit.highlights()) {
        ObjectNode ho = hl.addObject();
        ho.put("field", h.field());
        ho.put("text", h.text());
        ArrayNode matches = ho.putArray("matches");
        h.matches().forEach(m -> matches.addObject().put("start", m.start()).put("end", m.end()));
      }
    }
    if (!result.facets().isEmpty()) {
      n.set("facets", facets(result.facets()));
    }
    return n;
  }

  /** Counts over every match: sources and site tags (original spelling), and a date histogram. */
  private static ObjectNode facets(Facets f) {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    ArrayNode sources = n.putArray("sources");
    f.sources().forEach(c -> sources.addObject().put("value", c.value()).put("count", c.count()));
    ArrayNode tags = n.putArray("tags");
    f.tags().forEach(c -> tags.addObject().put("value", c.value()).put("count", c.count()));
    ArrayNode dates = n.putArray("dates");
    for (DateBucket b : f.dates()) {
      dates.addObject()
          .put("start", b.start().toString())
          .put("end", b.end().toString())
          .put("grain", b.grain().name().toLowerCase(Locale.ROOT))
          .put("count", b.count());
    }
    return n;
  }
}
