package org.marsad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.RelatedRef;
import org.marsad.app.stories.ArticleStories;
import org.marsad.app.stories.Copy;
import org.marsad.app.stories.RelatedRead;
import org.marsad.app.stories.StoryView;
import org.marsad.app.stories.StoryViews;
import org.marsad.store.ArticleStore;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code /article/{id}}: headline, Arabic and Hijri dates, credits, the clean body as paragraphs,
 * the outlets that carried the same text, its story, the site's tags apart, the page's and Marsad's
 * related reads apart (never in the body), and schema.org JSON-LD.
 */
final class ArticlePage {
  private final ArticleStore store;
  private final StoryViews stories;

  ArticlePage(ArticleStore store, StoryViews stories) {
    this.store = store;
    this.stories = stories;
  }

  void render(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<Article> found = id.length() > 200 ? Optional.empty() : store.find(id);
    if (found.isEmpty()) {
      Page.notFound(ctx, "لا يوجد مقال بهذا المعرّف.");
      return;
    }
    Article a = found.get();
    Html main = new Html().open("article").element("h1", a.title());
    main.open("p", "class", "meta");
    if (a.published() != null) {
      LocalDate day = a.published().local().toLocalDate();
      main.append(Hits.date(a.published())).text(" · ").element("span", ArabicDates.hijri(day), "class", "hijri");
    }
    main.close("p");
    credits(main, a);
    ArticleStories placed = stories.of(a);
    copies(main, a, placed);
    story(main, placed);
    main.open("div", "class", "body");
    a.body().forEach(p -> main.element("p", p));
    main.close("div");
    if (!a.tags().isEmpty()) {
      main.open("nav", "class", "tags", "aria-label", "الوسوم").element("h2", "الوسوم").open("ul");
      a.tags().forEach(t -> main.open("li").link("/search?tag=" + Html.encode(t), t).close("li"));
      main.close("ul").close("nav");
    }
    related(main, a.readAlso());
    marsadRelated(main, placed.related());
    main.open("p", "class", "original").link(a.url(), "المقال في موقعه الأصلي", "rel", "nofollow noopener").close("p");
    main.close("article");
    Html head = new Html().open("script", "type", "application/ld+json").raw(jsonLd(a)).close("script");
    Page.send(ctx, 200, a.title(), null, "", main, head);
  }

  private static void credits(Html h, Article a) {
    h.open("dl", "class", "credits");
    if (a.source() != null) {
      h.element("dt", "المصدر").open("dd").link("/source/" + Html.encode(a.source()), a.source()).close("dd");
    }
    credit(h, "الكاتب", a.creditNames(Credit.Role.AUTHOR), "، ");
    credit(h, "إعداد", a.creditNames(Credit.Role.PREPARER), "، ");
    // The wire chain reads first agency to last, as the page printed it (فرانس24/ رويترز).
    credit(h, "وكالات", a.creditNames(Credit.Role.WIRE), " / ");
    h.close("dl");
  }

  private static void credit(Html h, String label, List<String> names, String separator) {
    if (!names.isEmpty()) {
      h.element("dt", label).element("dd", String.join(separator, names));
    }
  }

  /**
   * "نشرته 12 وسيلة إعلام": the outlets that carried this text, this one included, with each copy
   * in a disclosure list (no script needed), and a link to the original when this is a copy.
   */
  private static void copies(Html h, Article a, ArticleStories s) {
    if (s.copies().isEmpty()) {
      return;
    }
    h.open("section", "class", "copies").open("details").open("summary")
        .text("نشرته " + ArabicCounts.outlets(s.outlets(a.source()))).close("summary").open("ul");
    for (Copy c : s.copies()) {
      h.open("li");
      if (c.source() != null) {
        h.bidi(c.source()).text(" · ");
      }
      if (c.published() != null) {
        h.append(StoryPage.date(c.published())).text(" · ");
      }
      h.link("/article/" + Html.encode(c.id()), c.title());
      if (c.canonical()) {
        h.text(" ").element("span", "(الأصل)", "class", "canonical");
      }
      h.close("li");
    }
    h.close("ul").close("details").close("section");
  }

  /** A link to the story the article belongs to, when the story has more than this article. */
  private void story(Html h, ArticleStories s) throws IOException {
    if (s.storyId() == null) {
      return;
    }
    Optional<StoryView> story = stories.story(s.storyId());
    if (story.isEmpty() || story.get().articles() < 2) {
      return;
    }
    h.open("p", "class", "in-story").text("ضمن قصة: ").link("/story/" + Html.encode(story.get().id()), story.get().label())
        .text(" ").bidi("(" + ArabicCounts.articles(story.get().articles()) + ")").close("p");
  }

  /** Marsad's own related reads, apart from the page's "read also". */
  private static void marsadRelated(Html h, List<RelatedRead> reads) {
    if (reads.isEmpty()) {
      return;
    }
    h.open("aside", "class", "related marsad").element("h2", "قراءات ذات صلة").open("ul");
    for (RelatedRead r : reads) {
      h.open("li").link("/article/" + Html.encode(r.id()), r.title());
      if (r.source() != null || r.published() != null) {
        h.open("span", "class", "meta").text(" · ");
        if (r.source() != null) {
          h.bidi(r.source());
        }
        if (r.published() != null) {
          h.text(r.source() == null ? "" : " · ").append(StoryPage.date(r.published()));
        }
        h.close("span");
      }
      h.close("li");
    }
    h.close("ul").close("aside");
  }

  /** "Read also" as links to the stored articles; a read not stored shows as its title alone. */
  private void related(Html h, List<RelatedRef> related) throws IOException {
    if (related.isEmpty()) {
      return;
    }
    h.open("aside", "class", "related").element("h2", "اقرأ أيضاً").open("ul");
    for (RelatedRef ref : related) {
      Optional<Article> stored = store.find(ref.id());
      h.open("li");
      if (stored.isPresent()) {
        h.link("/article/" + Html.encode(ref.id()), stored.get().title());
      } else {
        h.bidi(ref.title());
      }
      h.close("li");
    }
    h.close("ul").close("aside");
  }

  /**
   * schema.org NewsArticle, written by Jackson. {@code <}, {@code >} and {@code &} are written as
   * JSON escapes so no text can close the script element or open a comment in it.
   */
  static String jsonLd(Article a) throws JsonProcessingException {
    ObjectNode n = ArticleJson.mapper().createObjectNode();
    n.put("@context", "https://schema.org");
    n.put("@type", "NewsArticle");
    n.put("headline", a.title());
    n.put("inLanguage", "ar");
    if (a.published() != null) {
      n.put("datePublished", a.published().iso());
    }
    String url = Html.safeHref(a.url());
    if (url != null && !url.startsWith("/")) {
      n.put("url", url);
    }
    if (a.source() != null) {
      n.putObject("publisher").put("@type", "Organization").put("name", a.source());
    }
    List<String> authors = a.creditNames(Credit.Role.AUTHOR);
    if (!authors.isEmpty()) {
      ArrayNode arr = n.putArray("author");
      authors.forEach(name -> arr.addObject().put("@type", "Person").put("name", name));
    }
    if (!a.tags().isEmpty()) {
      n.put("keywords", String.join(", ", a.tags()));
    }
    return ArticleJson.mapper().writeValueAsString(n)
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
