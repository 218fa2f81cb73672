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
import org.marsad.store.ArticleStore;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code /article/{id}}: headline, Arabic and Hijri dates, credits, the clean body as paragraphs,
 * the site's tags apart, related reads apart (never in the body), and schema.org JSON-LD.
 */
final class ArticlePage {
  private final ArticleStore store;

  ArticlePage(ArticleStore store) {
    this.store = store;
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
    main.open("div", "class", "body");
    a.body().forEach(p -> main.element("p", p));
    main.close("div");
    if (!a.tags().isEmpty()) {
      main.open("nav", "class", "tags", "aria-label", "الوسوم").element("h2", "الوسوم").open("ul");
      a.tags().forEach(t -> main.open("li").link("/search?tag=" + Html.encode(t), t).close("li"));
      main.close("ul").close("nav");
    }
    related(main, a.related());
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
