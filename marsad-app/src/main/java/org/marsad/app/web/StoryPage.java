package org.marsad.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.marsad.app.stories.StoryView;
import org.marsad.app.stories.StoryViews;
import org.marsad.model.Published;

/**
 * {@code /story/{id}}: a story's label, size and sources, then its timeline, one line per distinct
 * text with how many outlets copied it; and the stories block of the home page.
 */
final class StoryPage {
  private final StoryViews stories;

  StoryPage(StoryViews stories) {
    this.stories = stories;
  }

  void render(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoryView> found = id.length() > 200 ? Optional.empty() : stories.story(id);
    if (found.isEmpty()) {
      Page.notFound(ctx, "لا توجد قصة بهذا المعرّف.");
      return;
    }
    StoryView s = found.get();
    Html main = new Html().open("article", "class", "story").element("h1", s.label());
    main.open("p", "class", "meta").text(ArabicCounts.articles(s.articles())).text(" · ").text(ArabicCounts.texts(s.texts()))
        .text(" · ").text(ArabicCounts.sources(s.sources().size()));
    if (s.first() != null && s.last() != null) {
      main.text(" · ").append(date(s.first())).text(" – ").append(date(s.last()));
    }
    main.close("p");
    main.open("ul", "class", "sources");
    for (StoryView.SourceCount c : s.sources()) {
      main.open("li").link("/source/" + Html.encode(c.source()), c.source()).text(" ").bidi("(" + c.articles() + ")").close("li");
    }
    main.close("ul");
    main.element("h2", "التسلسل الزمني").open("ol", "class", "timeline");
    for (StoryView.TimelineEntry e : s.timeline()) {
      main.open("li");
      if (e.published() != null) {
        main.append(date(e.published())).text(" · ");
      }
      if (e.source() != null) {
        main.bidi(e.source()).text(" · ");
      }
      main.link("/article/" + Html.encode(e.id()), e.title());
      if (e.copies() > 0) {
        main.text(" · ").element("span", "ونشرته أيضاً " + ArabicCounts.outlets(e.copies()), "class", "copies");
      }
      main.close("li");
    }
    main.close("ol").close("article");
    Page.send(ctx, 200, s.label(), null, "", main, null);
  }

  /** The home page's biggest stories, or nothing when there are none. */
  static Html list(List<StoryView> views) {
    Html h = new Html();
    if (views.isEmpty()) {
      return h;
    }
    h.open("section", "class", "stories").element("h2", "أبرز القصص").open("ol");
    for (StoryView s : views) {
      h.open("li").link("/story/" + Html.encode(s.id()), s.label())
          .open("p", "class", "meta").text(ArabicCounts.articles(s.articles())).text(" من ").text(ArabicCounts.sources(s.sources().size()));
      if (s.last() != null) {
        h.text(" · ").append(date(s.last()));
      }
      h.close("p").close("li");
    }
    return h.close("ol").close("section");
  }

  /** The date as its page gave it: the day it printed, which a UTC instant may have moved. */
  static Html date(@Nullable Published p) {
    return p == null ? new Html() : Hits.date(p);
  }
}
