package org.marsad.app.stories;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Published;
import org.marsad.store.codec.ArticleJson;

/**
 * Stories, groups and related reads as the API and {@code marsad show --json} write them. Dates are
 * written as the article JSON writes its own: ISO-8601 at the precision the page gave, with its zone
 * only when the page gave one ({@link Published#iso()}), and {@code publishedPrecision} beside them.
 */
public final class StoryJson {
  private StoryJson() {}

  /**
   * Adds {@code duplicateOf}, {@code copies}, {@code storyId} and Marsad's {@code related} to an
   * article's JSON, beside the page's own {@code readAlso}, so the two are never mixed.
   */
  public static void addTo(ObjectNode article, ArticleStories s) {
    article.put("duplicateOf", s.duplicateOf());
    ArrayNode copies = article.putArray("copies");
    for (Copy c : s.copies()) {
      ObjectNode o = copies.addObject()
          .put("id", c.id())
          .put("title", c.title())
          .put("source", c.source());
      putPublished(o, c.published());
      o.put("url", c.url())
          .put("canonical", c.canonical());
    }
    article.put("storyId", s.storyId());
    related(article.putArray("related"), s);
  }

  public static void related(ArrayNode out, ArticleStories s) {
    for (RelatedRead r : s.related()) {
      add(out, r);
    }
  }

  public static void add(ArrayNode out, RelatedRead r) {
    ObjectNode o = out.addObject()
        .put("id", r.id())
        .put("title", r.title())
        .put("source", r.source());
    putPublished(o, r.published());
    o.put("storyId", r.storyId())
        .put("score", Math.round(r.score() * 1000) / 1000.0);
  }

  /** A story in a listing: no timeline. */
  public static ObjectNode summary(StoryView s) {
    ObjectNode n = ArticleJson.mapper().createObjectNode()
        .put("id", s.id())
        .put("label", s.label())
        .put("labelId", s.labelId())
        .put("articles", s.articles())
        .put("texts", s.texts())
        .put("first", iso(s.first()))
        .put("last", iso(s.last()));
    ArrayNode sources = n.putArray("sources");
    for (StoryView.SourceCount c : s.sources()) {
      sources.addObject().put("source", c.source()).put("articles", c.articles());
    }
    return n;
  }

  /** A story with its timeline, one entry per distinct text. */
  public static ObjectNode full(StoryView s) {
    ObjectNode n = summary(s);
    ArrayNode timeline = n.putArray("timeline");
    for (StoryView.TimelineEntry e : s.timeline()) {
      ObjectNode o = timeline.addObject()
          .put("id", e.id())
          .put("title", e.title())
          .put("source", e.source());
      putPublished(o, e.published());
      o.put("copies", e.copies());
    }
    return n;
  }

  private static @Nullable String iso(@Nullable Published p) {
    return p == null ? null : p.iso();
  }

  /** {@code published} and {@code publishedPrecision}, both null for an undated article. */
  public static void putPublished(ObjectNode n, @Nullable Published p) {
    n.put("published", iso(p));
    n.put("publishedPrecision", p == null ? null : p.precision().name().toLowerCase(Locale.ROOT));
  }
}
