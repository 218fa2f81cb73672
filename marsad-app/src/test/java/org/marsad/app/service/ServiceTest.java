package org.marsad.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ConfigLoader;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.FetchSettings;
import org.marsad.app.config.MarsadConfig;
import org.marsad.app.config.ServerConfig;
import org.marsad.store.codec.ArticleJson;

/**
 * {@code marsad up} end to end: a real HTTP server on 127.0.0.1 plays a news site (a feed and its
 * article pages); Marsad follows it, stores the articles, serves them, and remembers the feed
 * across a restart.
 */
// com.sun.net.httpserver is the JDK's own HTTP server (module jdk.httpserver), a real server for tests;
// forbiddenapis lists it as non-portable only because it is outside java.*.
@SuppressForbidden
class ServiceTest {
  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>موقع الاختبار</title><link>%1$s</link>
      <item><title>وزير الخارجية يصل إلى بغداد</title><link>%1$snews/1</link><pubDate>Tue, 30 Jan 2024 09:00:00 GMT</pubDate>
        <description><![CDATA[<p>وصل وزير الخارجية إلى بغداد.</p>]]></description></item>
      <item><title>ارتفاع أسعار النفط</title><link>%1$snews/2</link><pubDate>Tue, 30 Jan 2024 08:00:00 GMT</pubDate>
        <description>ارتفعت أسعار النفط في الأسواق العالمية.</description></item>
      </channel></rss>
      """;
  private static final String PAGE = """
      <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s</title></head>
      <body><nav><a href="/">الرئيسية</a></nav><article><h1>%s</h1>
      <p>%s وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار تعزيز العلاقات بين البلدين الشقيقين.</p>
      <p>وأضاف أن الجانبين سيبحثان ملفات الطاقة والأمن والتجارة خلال الأيام المقبلة.</p></article></body></html>
      """;

  @TempDir Path data;
  private HttpServer site;
  private String siteBase;
  private final AtomicInteger feedRequests = new AtomicInteger();
  private final List<String> conditional = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> pageRequests = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void startSite() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    siteBase = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    site.createContext("/rss.xml", ex -> {
      feedRequests.incrementAndGet();
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      if (inm != null) {
        conditional.add(inm);
      }
      if ("\"v1\"".equals(inm)) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      send(ex, "application/rss+xml; charset=utf-8", RSS.formatted(siteBase));
    });
    site.createContext("/news/", ex -> {
      String id = ex.getRequestURI().getPath().substring("/news/".length());
      pageRequests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (id.equals("2")) {
        // gone for good: stored from the feed at once (a 5xx is asked for again, see FeedFollowerTest)
        send(ex, 404, "text/plain", "gone");
        return;
      }
      send(ex, "text/html; charset=utf-8", PAGE.formatted("وزير الخارجية يصل إلى بغداد", "وزير الخارجية يصل إلى بغداد", "وصل وزير الخارجية اليوم إلى بغداد."));
    });
    site.createContext("/news-sitemap.xml", ex -> send(ex, "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>%smaghreb/1</loc><news:news><news:publication_date>2024-01-30T09:00:00+01:00</news:publication_date>
        <news:title>افتتاح الدورة البرلمانية</news:title></news:news></url></urlset>""".formatted(siteBase)));
    site.createContext("/maghreb/", ex -> {
      // The header says UTF-8; the bytes are Windows-1256, as some Maghrebi sites still serve them.
      byte[] bytes = PAGE.formatted("افتتاح الدورة البرلمانية", "افتتاح الدورة البرلمانية", "افتتح البرلمان دورته الجديدة صباح اليوم.")
          .getBytes(java.nio.charset.Charset.forName("windows-1256"));
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    site.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nAllow: /\n"));
    site.start();
  }

  @AfterEach
  void stopSite() {
    site.stop(0);
  }

  @Test
  void followsAFeedStoresItsArticlesServesThemAndRemembersTheFeedAcrossARestart() throws Exception {
    MarsadConfig config = config(List.of(new FeedConfig("موقع الاختبار", siteBase + "rss.xml", "EG")));

    try (Service service = Service.start(data, config, true, line -> {})) {
      JsonNode feed = awaitPolled(service.uri());
      assertThat(feed.path("lastError").isNull()).as(feed.toString()).isTrue();
      assertThat(feed.path("itemsStored").asLong()).isEqualTo(2);

      JsonNode hits = get(service.uri(), "/api/search?q=" + URLEncoder.encode("بغداد", StandardCharsets.UTF_8)).path("hits");
      assertThat(hits).isNotEmpty();
      JsonNode oil = get(service.uri(), "/api/search?q=" + URLEncoder.encode("النفط", StandardCharsets.UTF_8)).path("hits");
      assertThat(oil).as("the item whose page failed is stored from the feed").hasSize(1);
      assertThat(oil.get(0).path("source").asText()).isEqualTo("موقع الاختبار");
      String metrics = http.send(HttpRequest.newBuilder(service.uri().resolve("/metrics")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      assertThat(metrics).contains("marsad_articles_stored_total{via=\"follower\",result=\"created\"} 2\n", "marsad_feeds 1\n");
    }
    int pagesBefore = pageRequests.values().stream().mapToInt(AtomicInteger::get).sum();

    Instant restart = Instant.now();
    try (Service again = Service.start(data, config, true, line -> {})) {
      JsonNode feed = awaitPolled(again.uri(), restart);
      assertThat(feed.path("itemsStored").asLong()).isEqualTo(2);
    }
    assertThat(conditional).as("the restart asked with the saved ETag").contains("\"v1\"");
    assertThat(pageRequests.values().stream().mapToInt(AtomicInteger::get).sum()).as("no page fetched twice").isEqualTo(pagesBefore);
  }

  @Test
  void aNewsSitemapIsFollowedLikeAFeedAndAPageInTheWrongCharsetIsReadRight() throws Exception {
    MarsadConfig config = config(List.of(new FeedConfig("موقع مغاربي", siteBase + "news-sitemap.xml", "MA")));

    try (Service service = Service.start(data, config, true, line -> {})) {
      JsonNode feed = awaitPolled(service.uri());
      assertThat(feed.path("itemsStored").asLong()).as(feed.toString()).isEqualTo(1);

      JsonNode hits = get(service.uri(), "/api/search?q=" + URLEncoder.encode("البرلمان", StandardCharsets.UTF_8)).path("hits");
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).path("title").asText()).isEqualTo("افتتاح الدورة البرلمانية");
    }
  }

  @Test
  void withoutNetworkItKeepsServingAndShowsEachFeedsError() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    MarsadConfig config = config(List.of(new FeedConfig("غائب", "http://127.0.0.1:" + closedPort + "/rss", null)));

    try (Service service = Service.start(data, config, true, line -> {})) {
      JsonNode feed = awaitPolled(service.uri());

      assertThat(feed.path("status").asText()).isEqualTo("failing");
      assertThat(feed.path("lastError").asText()).isNotBlank();
      assertThat(get(service.uri(), "/api/health").path("status").asText()).isEqualTo("ok");
    }
  }

  @Test
  void theDefaultConfigurationRefusesLoopbackFeeds() throws Exception {
    MarsadConfig config = config(List.of(new FeedConfig("محلي", siteBase + "rss.xml", null)));
    config = config.withFetch(config.fetch().withAllowPrivateAddresses(false));

    try (Service service = Service.start(data, config, true, line -> {})) {
      JsonNode feed = awaitPolled(service.uri());

      assertThat(feed.path("lastError").asText()).contains("BLOCKED_ADDRESS");
      assertThat(feedRequests.get()).as("the site never saw a request").isZero();
    }
  }

  private MarsadConfig config(List<FeedConfig> feeds) {
    MarsadConfig d = ConfigLoader.defaults();
    FetchSettings f = d.fetch();
    FetchSettings fast = new FetchSettings(f.userAgent(), 2, 5, f.maxBodyMegabytes(), f.maxRedirects(), 0, 0, true, true);
    return d.withServer(new ServerConfig("127.0.0.1", 0)).withFetch(fast).withFeeds(feeds);
  }

  private JsonNode awaitPolled(URI base) throws Exception {
    return awaitPolled(base, Instant.EPOCH);
  }

  /** Waits for a poll of the first feed that ended after {@code after}; polls run on the follower's thread. */
  private JsonNode awaitPolled(URI base, Instant after) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      JsonNode feed = get(base, "/api/feeds").path("feeds").get(0);
      String polled = feed == null ? "" : feed.path("lastPolled").asText("");
      if (!polled.isEmpty() && !"null".equals(polled) && Instant.parse(polled).isAfter(after)) {
        return feed;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("feed never polled");
  }

  private JsonNode get(URI base, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return ArticleJson.mapper().readTree(r.body());
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    send(ex, 200, type, body);
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
