package org.marsad.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.marsad.app.server.ApiServer;
import org.marsad.app.server.Route;
import org.marsad.app.server.RouteGroup;
import org.marsad.app.stories.Storage;
import org.marsad.app.stories.StoryView;
import org.marsad.app.stories.StoryViews;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoryQuery;
import org.marsad.store.DateBucket;
import org.marsad.store.DateGrain;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * The web UI's pages: {@code /} (biggest stories and latest articles), {@code /search},
 * {@code /article/{id}}, {@code /story/{id}} and {@code /source/{name}}, with the stylesheet at {@code /static/marsad.css}. Served next to the API
 * but not documented in it. Parameters are read leniently: a bad page number shows the first page.
 */
public final class WebRoutes implements RouteGroup {
  static final int PAGE_SIZE = 10;
  static final int MAX_PAGE = 1000;
  static final String CSS_PATH = "/static/marsad.css";

  /** Stories on the home page: the largest of the last few days before the newest article. */
  static final int HOME_STORIES = 8;
  static final int HOME_STORY_DAYS = 3;

  private final ArticleStore store;
  private final StoryViews stories;
  private final byte[] css;

  public WebRoutes(Storage storage) {
    this.store = storage.store();
    this.stories = new StoryViews(storage);
    try (InputStream in = WebRoutes.class.getResourceAsStream("marsad.css")) {
      if (in == null) {
        throw new IllegalStateException("marsad.css is missing from the jar");
      }
      css = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read marsad.css from the jar", e);
    }
  }

  @Override
  public List<Route> routes() {
    ArticlePage article = new ArticlePage(store, stories);
    StoryPage story = new StoryPage(stories);
    return List.of(
        new Route(io.javalin.http.HandlerType.GET, "/", this::home, null),
        new Route(io.javalin.http.HandlerType.GET, "/search", this::search, null),
        new Route(io.javalin.http.HandlerType.GET, "/article/{id}", article::render, null),
        new Route(io.javalin.http.HandlerType.GET, "/story/{id}", story::render, null),
        new Route(io.javalin.http.HandlerType.GET, "/source/{name}", this::source, null),
        new Route(io.javalin.http.HandlerType.GET, CSS_PATH, this::css, null));
  }

  private void css(Context ctx) {
    Page.headers(ctx);
    ctx.header("Cache-Control", "max-age=3600");
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(css);
  }

  private void home(Context ctx) throws IOException {
    SearchResult r = store.search(new SearchRequest("", null, null, null, null, 0, 20, 0));
    Html main = new Html().append(StoryPage.list(homeStories(r)));
    main.element("h1", "آخر الأخبار");
    if (r.hits().isEmpty()) {
      main.element("p", "لا توجد أخبار بعد.");
    }
    main.append(Hits.list(r.hits(), false));
    Page.send(ctx, 200, "آخر الأخبار", "/feed", "", main, null);
  }

  /**
   * The largest stories of the {@link #HOME_STORY_DAYS} days up to the newest article: counted from
   * the newest article rather than the clock, so an archive shows its last days, not nothing.
   */
  private List<StoryView> homeStories(SearchResult latest) throws IOException {
    if (latest.hits().isEmpty() || latest.hits().get(0).published() == null) {
      return List.of();
    }
    java.time.Instant newest = latest.hits().get(0).published().instant();
    StoryQuery q = new StoryQuery(newest.minus(java.time.Duration.ofDays(HOME_STORY_DAYS)), null, 2,
        StoryQuery.Order.LARGEST, 0, HOME_STORIES);
    return stories.stories(q).stories();
  }

  private void search(Context ctx) throws IOException {
    SearchQuery q = SearchQuery.of(ctx);
    SearchResult r = store.search(new SearchRequest(q.q(), q.source(), q.from(), q.to(), q.tag(),
        (q.page() - 1) * PAGE_SIZE, PAGE_SIZE, SearchRequest.DEFAULT_FACET_LIMIT));
    Page.send(ctx, 200, q.q().isEmpty() ? "بحث" : "بحث: " + q.q(), q.feedUrl(), q.q(), SearchPage.render(q, r), null);
  }

  private void source(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    int page = page(ctx);
    SearchResult r = name.length() > 200 ? new SearchResult(0, List.of())
        : store.search(new SearchRequest("", name, null, null, null, (page - 1) * 20, 20, 1));
    if (r.total() == 0) {
      Page.notFound(ctx, "لا نعرف مصدراً بهذا الاسم: " + name);
      return;
    }
    Html main = new Html().open("h1").text("ما نشره ").bidi(name).close("h1")
        .open("p", "class", "meta").text("عدد المقالات: ").bidi(Long.toString(r.total())).text(" · ")
        .link("/search?source=" + Html.encode(name), "ابحث في هذا المصدر").text(" · ")
        .link("/feed?source=" + Html.encode(name), "اشترك", "rel", "alternate", "type", "application/atom+xml")
        .close("p");
    Map<String, Long> months = perMonth(r.facets().dates());
    if (!months.isEmpty()) {
      main.open("section", "class", "months").element("h2", "المقالات في كل شهر").open("ul");
      months.forEach((m, n) -> main.open("li").bidi(m + ": " + n).close("li"));
      main.close("ul").close("section");
    }
    main.append(Hits.list(r.hits(), false))
        .append(Hits.pager("/source/" + Html.encode(name) + "?", page, r.total(), 20));
    Page.send(ctx, 200, name, "/feed?source=" + Html.encode(name), "", main, null);
  }

  /** Counts per month, newest first; per year when the facet only counted years. */
  static Map<String, Long> perMonth(List<DateBucket> dates) {
    TreeMap<YearMonth, Long> months = new TreeMap<>(java.util.Comparator.reverseOrder());
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (DateBucket b : dates) {
      if (b.grain() == DateGrain.YEAR) {
        out.put(Integer.toString(b.start().getYear()), b.count());
      } else {
        months.merge(YearMonth.from(b.start()), b.count(), Long::sum);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    months.forEach((m, n) -> out.put(ArabicDates.month(m), n));
    return out;
  }

  static int page(Context ctx) {
    String p = ctx.queryParam("page");
    try {
      int n = p == null ? 1 : Integer.parseInt(p.strip());
      return n < 1 || n > MAX_PAGE ? 1 : n;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static @Nullable String text(Context ctx, String name, int max) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return null;
    }
    s = s.strip();
    return s.length() > max ? s.substring(0, max) : s;
  }

  static @Nullable LocalDate day(Context ctx, String name) {
    String s = text(ctx, name, 10);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The longest query the web UI passes on; the API refuses longer ones, the UI cuts them. */
  static int maxQueryChars() {
    return ApiServer.MAX_QUERY_CHARS;
  }
}
