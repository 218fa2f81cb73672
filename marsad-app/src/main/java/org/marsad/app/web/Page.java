package org.marsad.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The frame of every page: RTL document, head, header with the search box, and the answer's headers. */
final class Page {
  static final String CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

  private Page() {}

  /**
   * Writes a whole page.
   *
   * @param feed a path to an Atom feed of the page, or null
   * @param query what the search box shows
   * @param extraHead escaped markup for the head (JSON-LD), or null
   */
  static void send(Context ctx, int status, String title, @Nullable String feed, String query, Html main,
      @Nullable Html extraHead) {
    Html h = new Html().raw("<!DOCTYPE html>\n").open("html", "dir", "rtl", "lang", "ar").open("head")
        .open("meta", "charset", "utf-8")
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .open("title").text(title + " — مرصد").close("title")
        .open("link", "rel", "stylesheet", "href", "/static/marsad.css");
    if (feed != null) {
      h.open("link", "rel", "alternate", "type", "application/atom+xml", "title", "اشترك في هذا البحث", "href", feed);
    }
    if (extraHead != null) {
      h.append(extraHead);
    }
    h.close("head").open("body")
        .open("header", "class", "top")
        .link("/", "مرصد", "class", "brand")
        .open("form", "class", "search", "action", "/search", "method", "get", "role", "search")
        .open("input", "type", "search", "name", "q", "value", query, "placeholder", "ابحث في الأخبار", "aria-label", "بحث")
        .open("button", "type", "submit").text("بحث").close("button")
        .close("form").close("header")
        .open("main").append(main).close("main")
        .open("footer").text("مرصد: محرك أخبار عربي").close("footer")
        .close("body").close("html");
    headers(ctx);
    ctx.status(status);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The Arabic not-found page. */
  static void notFound(Context ctx, String what) {
    Html main = new Html().element("h1", "الصفحة غير موجودة").open("p").bidi(what).close("p")
        .open("p").link("/", "العودة إلى الصفحة الرئيسية").close("p");
    send(ctx, 404, "غير موجود", null, "", main, null);
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
