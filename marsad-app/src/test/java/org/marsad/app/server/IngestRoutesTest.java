package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.config.ApiConfig;

/** {@code POST /api/ingest} over real HTTP: the token, the limits, and each kind of body. */
class IngestRoutesTest {
  private static final String JSONL = """
      {"title": "افتتاح معرض الكتاب في الرباط", "content": "افتتح معرض الكتاب أبوابه للزوار صباح اليوم.", "source": "هسبريس", "date": "2024-05-10"}
      {"title": "موسم الزيتون يبدأ مبكرا", "content": "بدأ المزارعون قطف الزيتون قبل موعده المعتاد.", "source": "هسبريس", "date": "2024-10-01"}
      """;
  private static final String HTML = "<!doctype html><html lang=ar><head><meta charset=utf-8><title>تدشين خط القطار السريع</title></head>"
      + "<body><h1>تدشين خط القطار السريع</h1><p>دشنت الحكومة خط القطار السريع بين المدينتين بعد سنوات من الأشغال.</p></body></html>";
  /** An aggregator page in the layout of the seed pages: an article, then one "read also". */
  private static final String PAGE = String.join("\n",
      "الأرصاد تتوقع أمطارا غزيرة على المناطق الساحلية",
      "تاريخ النشر: 3rd, March 2024 GMT",
      "إعداد: فرانس24 تابِع إعلان اقرأ المزيد",
      "توقعت هيئة الأرصاد الجوية، الأحد، هطول أمطار غزيرة على المناطق الساحلية خلال الأيام الثلاثة المقبلة، ودعت السائقين إلى الحذر.",
      "وقال المتحدث باسم الهيئة في تصريح للصحفيين: \"نتابع المنخفض الجوي ساعة بساعة وسننشر التحديثات أولا بأول\".",
      "فرانس24/ رويترزالمصدر: فرانس24",
      "كلمات دلالية: الطقس الأمطار للمزيد",
      "إقرأ أيضاً:",
      "البلديات تستعد لموسم الأمطار بتنظيف المجاري",
      "بغداد اليوم - متابعة",
      "أعلنت أمانة العاصمة، اليوم الخميس (7 آذار 2024)، إطلاق حملة لتنظيف مجاري مياه الأمطار في الأحياء المنخفضة.",
      "وأوضحت الأمانة أن الحملة ستستمر أسبوعين بمشاركة فرق من جميع الدوائر البلدية.");

  @TempDir Path dir;
  private TestServer t;

  @BeforeEach
  void start() throws Exception {
    t = TestServer.writable(dir);
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  @Test
  void writesAreOffWithoutAConfiguredToken(@TempDir Path other) throws Exception {
    try (TestServer readOnly = new TestServer(other, ApiConfig.readOnly())) {
      JsonNode e = readOnly.post("/api/ingest", TestServer.TOKEN, "application/x-ndjson", utf8(JSONL), 403);

      assertThat(e.path("error").asText()).isEqualTo("writes are off");
      assertThat(e.path("detail").asText()).contains("api.token");
      assertThat(readOnly.store.store().count()).isZero();
    }
  }

  @Test
  void aMissingOrWrongTokenIsRefused() throws Exception {
    assertThat(t.post("/api/ingest", null, "application/x-ndjson", utf8(JSONL), 401).path("error").asText()).isEqualTo("unauthorized");
    assertThat(t.post("/api/ingest", TestServer.TOKEN + "x", "application/x-ndjson", utf8(JSONL), 401).path("detail").asText()).isEqualTo("wrong token");
    var r = t.send(t.request("/api/ingest").header("Authorization", "Basic " + TestServer.TOKEN).POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSONL)));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("www-authenticate").orElse("")).startsWith("Bearer");
    assertThat(t.store.store().count()).isZero();
  }

  @Test
  void jsonlRecordsAreStoredCommittedAndSearchable() throws Exception {
    JsonNode r = t.post("/api/ingest", TestServer.TOKEN, "application/x-ndjson", utf8(JSONL), 200);

    assertThat(r.path("kind").asText()).isEqualTo("records");
    assertThat(r.path("read").asLong()).isEqualTo(2);
    assertThat(r.path("stored").asLong()).isEqualTo(2);
    JsonNode hits = t.get("/api/search?q=" + URLEncoder.encode("معرض الكتاب", StandardCharsets.UTF_8), 200);
    assertThat(hits.path("total").asLong()).isEqualTo(1);

    JsonNode again = t.post("/api/ingest", TestServer.TOKEN, null, utf8(JSONL), 200);
    assertThat(again.path("kind").asText()).as("sniffed by the first byte").isEqualTo("records");
    assertThat(again.path("unchanged").asLong()).isEqualTo(2);
    assertThat(again.path("stored").asLong()).isZero();
  }

  @Test
  void anHtmlPageIsStoredUnderTheGivenUrl() throws Exception {
    String url = "https://news.example.org/2024/train.html";
    JsonNode r = t.post("/api/ingest?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), TestServer.TOKEN, "text/html", utf8(HTML), 200);

    assertThat(r.path("kind").asText()).isEqualTo("html");
    assertThat(r.path("stored").asLong()).isEqualTo(1);
    JsonNode hit = t.get("/api/search?q=" + URLEncoder.encode("القطار السريع", StandardCharsets.UTF_8), 200).path("hits").get(0);
    JsonNode article = t.get("/api/articles/" + hit.path("id").asText(), 200);
    assertThat(article.path("url").asText()).isEqualTo(url);
  }

  @Test
  void anHtmlPageWithoutUrlGetsAStableId() throws Exception {
    assertThat(t.post("/api/ingest", TestServer.TOKEN, null, utf8(HTML), 200).path("stored").asLong()).isEqualTo(1);
    assertThat(t.post("/api/ingest", TestServer.TOKEN, null, utf8(HTML), 200).path("unchanged").asLong()).isEqualTo(1);
    assertThat(t.store.store().count()).isEqualTo(1);
  }

  @Test
  void anAggregatorPageGivesItsArticleAndItsRelatedRead() throws Exception {
    JsonNode r = t.post("/api/ingest", TestServer.TOKEN, "text/plain; charset=utf-8", utf8(PAGE), 200);

    assertThat(r.path("kind").asText()).isEqualTo("page");
    assertThat(r.path("stored").asLong()).isEqualTo(2);
    String id = t.get("/api/search?q=" + URLEncoder.encode("الأرصاد", StandardCharsets.UTF_8), 200).path("hits").get(0).path("id").asText();
    JsonNode related = t.get("/api/articles/" + id + "/related", 200).path("page");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).path("title").asText()).isEqualTo("البلديات تستعد لموسم الأمطار بتنظيف المجاري");
    assertThat(related.get(0).path("stored").asBoolean()).isTrue();
  }

  /** Decided: a body with no article is answered 200 with nothing stored and the reasons listed. */
  @Test
  void garbageIsAnsweredWithDiagnosticsAndStoresNothing() throws Exception {
    byte[] garbage = {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 7, 8};
    JsonNode r = t.post("/api/ingest", TestServer.TOKEN, "application/octet-stream", garbage, 200);

    assertThat(r.path("kind").asText()).isEqualTo("binary");
    assertThat(r.path("stored").asLong()).isZero();
    assertThat(r.path("diagnostics").get(0).path("severity").asText()).isEqualTo("error");
    assertThat(r.path("diagnostics").get(0).path("message").asText()).contains("binary");

    JsonNode badJson = t.post("/api/ingest", TestServer.TOKEN, "application/json", utf8("{\"title\": "), 200);
    assertThat(badJson.path("stored").asLong()).isZero();
    assertThat(badJson.path("diagnostics")).isNotEmpty();
    assertThat(t.store.store().count()).isZero();
  }

  @Test
  void anEmptyBodyOrABadUrlIsABadRequest() throws Exception {
    assertThat(t.post("/api/ingest", TestServer.TOKEN, "text/html", new byte[0], 400).path("detail").asText()).contains("empty");
    assertThat(t.post("/api/ingest?url=ftp://x/y", TestServer.TOKEN, "text/html", utf8(HTML), 400).path("detail").asText()).contains("url");
  }

  @Test
  void aBodyOverTheLimitIsA413() throws Exception {
    byte[] big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) 'a');
    JsonNode e = t.post("/api/ingest", TestServer.TOKEN, "text/plain", big, 413);

    assertThat(e.path("error").asText()).isEqualTo("body too large");
    assertThat(e.path("detail").asText()).contains("api.maxIngestMegabytes");
    assertThat(t.store.store().count()).isZero();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
