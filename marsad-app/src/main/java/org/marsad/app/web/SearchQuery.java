package org.marsad.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** What {@code /search} was asked, and the links that change one part of it. */
record SearchQuery(String q, @Nullable String source, @Nullable String tag, @Nullable LocalDate from,
    @Nullable LocalDate to, int page) {

  static SearchQuery of(Context ctx) {
    String q = WebRoutes.text(ctx, "q", WebRoutes.maxQueryChars());
    return new SearchQuery(q == null ? "" : q, WebRoutes.text(ctx, "source", 200), WebRoutes.text(ctx, "tag", 200),
        WebRoutes.day(ctx, "from"), WebRoutes.day(ctx, "to"), WebRoutes.page(ctx));
  }

  SearchQuery withSource(@Nullable String s) {
    return new SearchQuery(q, s, tag, from, to, 1);
  }

  SearchQuery withTag(@Nullable String t) {
    return new SearchQuery(q, source, t, from, to, 1);
  }

  SearchQuery withDates(@Nullable LocalDate f, @Nullable LocalDate t) {
    return new SearchQuery(q, source, tag, f, t, 1);
  }

  SearchQuery withPage(int p) {
    return new SearchQuery(q, source, tag, from, to, p);
  }

  String url() {
    Map<String, @Nullable String> p = params();
    p.put("page", page == 1 ? null : Integer.toString(page));
    return "/search" + query(p);
  }

  /** The same search as an Atom feed. */
  String feedUrl() {
    Map<String, @Nullable String> p = new LinkedHashMap<>();
    p.put("q", q.isEmpty() ? null : q);
    p.put("source", source);
    p.put("tag", tag);
    return "/feed" + query(p);
  }

  private Map<String, @Nullable String> params() {
    Map<String, @Nullable String> p = new LinkedHashMap<>();
    p.put("q", q);
    p.put("source", source);
    p.put("tag", tag);
    p.put("from", from == null ? null : from.toString());
    p.put("to", to == null ? null : to.toString());
    return p;
  }

  private static String query(Map<String, @Nullable String> params) {
    StringJoiner j = new StringJoiner("&", "?", "").setEmptyValue("");
    params.forEach((k, v) -> {
      if (v != null) {
        j.add(k + "=" + Html.encode(v));
      }
    });
    return j.toString();
  }
}
