package org.marsad.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.app.config.FeedConfig;
import org.marsad.app.config.FollowConfig;
import org.marsad.app.follow.FeedFollower;
import org.marsad.app.follow.FeedStates;
import org.marsad.app.cli.SuppressForbidden;
import org.marsad.app.stories.Storage;
import org.marsad.ingest.fetch.FetchConfig;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.store.codec.ArticleJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same document, same stored article, whichever road it took: one aggregator page, one HTML page,
 * one feed and one JSON record go through the CLI's ingest (files), {@code POST /api/ingest}'s
 * ingester (request bodies) and the feed follower (fetched from a site on 127.0.0.1), and the
 * three stores must hold the same articles, field for field, annotations and placements included;
 * only where each came from may differ (provenance's location, and its notes, which say whether
 * the charset came from an HTTP header or the page's meta). Fixtures written for this test,
 * in the layouts of the seed page, a news site's article page, an RSS 2.0 feed and a JSONL dump.
 */
@SuppressForbidden // the JDK's HTTP server plays the followed site, on 127.0.0.1
class ThreeRoutesTest {
  private static final String PAGE = String.join("\n",
      "الأرصاد تتوقع أمطارا غزيرة على المناطق الساحلية",
      "تاريخ النشر: 3rd, March 2024 GMT",
      "إعداد: فرانس24 تابِع إعلان اقرأ المزيد",
      "توقعت هيئة الأرصاد الجوية، الأحد، هطول أمطار غزيرة على المناطق الساحلية خلال الأيام الثلاثة المقبلة، ودعت السائقين إلى الحذر.",
      "وقال المتحدث باسم الهيئة في تصريح للصحفيين: \"نتابع المنخفض الجوي ساعة بساعة وسننشر التحديثات أولا بأول\".",
      "فرانس24/ رويترزالمصدر: فرانس24",
      "كلمات دلالية: الطقس الأمطار للمزيد") + "\n";
  // A right-to-left mark and a presentation-form letter: display normalization must treat every road alike.
  private static final String HTML = "<!doctype html><html lang=ar><head><meta charset=utf-8>"
      + "<title>تدشين خط القطار السريع | صحيفة المدينة</title>"
      + "<link rel=canonical href=\"https://madina.example/news/train\">"
      + "<meta property=\"og:site_name\" content=\"صحيفة المدينة\">"
      + "<meta property=\"article:published_time\" content=\"2024-05-12T09:30:00+03:00\"></head>"
      + "<body><article><h1>تدشين خط القطار السريع</h1>"
      + "<p>دشنت الحكومة أمس خط القطار السريع بين المدينتين بعد سنوات من الأشغال، وقالت الوزارة إن الرحلات تبدأ الأحد المقبل.</p>"
      + "<p>وأضافت أن القطار يقطع المسافة في ساعتين بدلا من خمس ساعات بالسيارة، وأن التذاكر تباع عبر الإنترنت.</p>"
      + "</article></body></html>";
  private static final String RECORD = "{\"url\": \"https://hespress.example/2024/05/olive\", \"title\": \"موسم الزيتون \u200fيبدأ مبكرا\","
      + " \"content\": \"بدأ المزارعون قطف الزيتون قبل موعده المعتاد بأسبوعين، يوم 10 مايو، بسبب الحر.\uFEE1\","
      + " \"source\": \"هسبريس\", \"date\": \"2024-05-12T08:00:00Z\"}\n";
  private static final String FEED_TITLE = "وكالة الأنباء التجريبية";

  @TempDir Path dir;
  private HttpServer site;
  private String base;

  @BeforeEach
  void serve() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    site.createContext("/page.txt", ex -> send(ex, "text/plain; charset=utf-8", PAGE));
    site.createContext("/article.html", ex -> send(ex, "text/html; charset=utf-8", HTML));
    site.createContext("/record.json", ex -> send(ex, "application/json", RECORD));
    site.createContext("/feed.xml", ex -> send(ex, "application/rss+xml", feed()));
    site.createContext("/documents.xml", ex -> send(ex, "application/rss+xml", rss("الوثائق",
        List.of(base + "page.txt", base + "article.html", base + "record.json"))));
    site.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nAllow: /\n"));
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  /** A feed whose items' pages cannot be had (404): each item's own text is its article. */
  private String feed() {
    return rss(FEED_TITLE, List.of(base + "gone/1", base + "gone/2"));
  }

  private static String rss(String title, List<String> links) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < links.size(); i++) {
      items.append("<item><title>خبر عاجل رقم ").append(i + 1).append(" عن افتتاح الطريق الدائري</title><link>").append(links.get(i))
          .append("</link><pubDate>Sun, 12 May 2024 0").append(i + 1).append(":00:00 GMT</pubDate>")
          .append("<description>افتتح وزير النقل اليوم الطريق الدائري الجديد في العاصمة أمام حركة السير، بعد ثلاث سنوات من العمل.</description></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>https://agency.example/</link>"
        + items + "</channel></rss>";
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void everyKindOfDocumentIsStoredAlikeByTheCliTheApiAndTheFollower() throws Exception {
    Map<String, String> cli = viaCli();
    Map<String, String> api = viaApi();
    Map<String, String> follower = viaFollower();
    // the page's article, the HTML article, the record and the feed's two items
    assertThat(cli).hasSize(5);
    assertThat(api).isEqualTo(cli);
    assertThat(follower).isEqualTo(cli);
    // every road annotated the dates, and display-normalized the record (no RTL mark, no presentation form)
    assertThat(cli.values()).allSatisfy(json -> assertThat(json).contains("\"annotations\":{\"dates\":{\"version\":"));
    assertThat(String.join("", cli.values())).doesNotContain("\u200f").doesNotContain("\uFEE1");
  }

  private Map<String, String> viaCli() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("page.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("article.html"), HTML, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("record.jsonl"), RECORD, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("feed.xml"), feed(), StandardCharsets.UTF_8);
    try (Storage storage = Storage.open(dir.resolve("cli"), m -> {})) {
      IngestSummary s = new Ingester(storage, 100).ingest(List.of(in.toString()), Ingester.Progress.NONE);
      assertThat(s.reasons()).isEmpty();
      return stored(storage);
    }
  }

  private Map<String, String> viaApi() throws IOException {
    try (Storage storage = Storage.open(dir.resolve("api"), m -> {})) {
      BodyIngester ingester = new BodyIngester(storage, r -> {});
      List<BodyIngester.Result> results = new ArrayList<>();
      results.add(ingester.ingest(PAGE.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", null));
      results.add(ingester.ingest(HTML.getBytes(StandardCharsets.UTF_8), "text/html", null));
      results.add(ingester.ingest(RECORD.getBytes(StandardCharsets.UTF_8), "application/json", null));
      results.add(ingester.ingest(feed().getBytes(StandardCharsets.UTF_8), "application/rss+xml", URI.create(base + "feed.xml")));
      assertThat(results).extracting(BodyIngester.Result::kind).containsExactly("page", "html", "records", "feed");
      return stored(storage);
    }
  }

  private Map<String, String> viaFollower() throws IOException {
    FetchConfig fetch = FetchConfig.defaults().withAllowPrivateAddresses(true).withMinDelayPerHost(java.time.Duration.ZERO);
    try (Storage storage = Storage.open(dir.resolve("follow"), m -> {});
        Fetcher fetcher = new Fetcher(fetch)) {
      FeedStates states = FeedStates.open(dir.resolve("follow-state.json"), new ArrayList<>());
      FeedFollower follower = new FeedFollower(storage, fetcher, states, new FollowConfig(60, 50, 100), Clock.systemUTC(), m -> {});
      assertThat(follower.poll(new FeedConfig("الوثائق", base + "documents.xml", null)).error()).isNull();
      FeedFollower.PollResult items = follower.poll(new FeedConfig(FEED_TITLE, base + "feed.xml", null));
      assertThat(items.fromFeedOnly()).isEqualTo(2);
      return stored(storage);
    }
  }

  /** Each stored article's JSON by id, with its placement, but not where it came from. */
  private static Map<String, String> stored(Storage storage) throws IOException {
    Map<String, String> out = new TreeMap<>();
    storage.store().forEachPlacement((id, p) -> {
      ObjectNode n = (ObjectNode) ArticleJson.mapper().readTree(ArticleJson.toJson(storage.store().find(id).orElseThrow()));
      // where it came from, and how its charset was told (a header, or the page's own meta)
      ((ObjectNode) n.path("provenance")).remove(List.of("location", "notes"));
      n.put("groupId", p.groupId()).put("storyId", p.storyId());
      out.put(id, n.toString());
    });
    return out;
  }
}
