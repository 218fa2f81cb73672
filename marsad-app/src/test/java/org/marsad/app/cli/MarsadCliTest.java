package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, through {@link Main#run}, on inputs written for these tests. */
class MarsadCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path inputs;
  private Path data;
  private final Map<String, String> env = new HashMap<>();
  private String out;
  private String err;

  static final String PAGE =
      String.join(
          "\n",
          "وزارة الخارجية تستدعي السفير بعد تصريحات حسين أمير عبد اللهيان",
          "تاريخ النشر: 30th, January 2024 GMT",
          "إعداد: فرانس24 تابِع إعلان اقرأ المزيد",
          "استدعت وزارة الخارجية، الثلاثاء، السفير للاحتجاج على تصريحات أدلى بها وزير الخارجية حسين أمير عبد اللهيان خلال مؤتمر صحفي في العاصمة.",
          "وقال المتحدث باسم الوزارة إن التصريحات لا تعكس روح العلاقات بين البلدين، داعيا إلى الحوار عبر القنوات الدبلوماسية.",
          "فرانس24/ رويترزالمصدر: فرانس24",
          "كلمات دلالية: إيران دبلوماسية",
          "إقرأ أيضاً:",
          "السفارة تعلق مواعيد التأشيرات حتى إشعار آخر",
          "بغداد اليوم - متابعة",
          "أعلنت السفارة، اليوم الأربعاء (31 كانون الثاني 2024)، تعليق مواعيد التأشيرات حتى إشعار آخر بسبب أعمال صيانة في مبناها.",
          "وأوضحت السفارة أن المواعيد المحجوزة ستنقل تلقائيا إلى أقرب موعد متاح بعد استئناف العمل.");

  static final String RECORDS =
      "{\"source\":\"was\",\"url\":\"http://news.example/a/1\",\"date_extracted\":\"2015-07-21 02:51:32\",\"title\":\"أمطار غزيرة تغمر شوارع المدينة الساحلية\",\"author\":\"\",\"content\":\"شهدت المدينة الساحلية أمطارا غزيرة.\\n\\nوأغلقت السلطات عددا من الأنفاق.\"}\n"
          + "{\"source\":\"okaz\",\"url\":\"http://news.example/a/2\",\"date_extracted\":\"2015-08-02 10:00:00\",\"title\":\"افتتاح معرض الكتاب بمشاركة واسعة\",\"author\":\"جدة: سارة\",\"content\":\"افتتح معرض الكتاب أبوابه للزوار.\"}\n";

  @BeforeEach
  void inputs() throws IOException {
    inputs = Files.createDirectories(tmp.resolve("in"));
    data = tmp.resolve("data");
    Files.writeString(inputs.resolve("page.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(inputs.resolve("records.jsonl"), RECORDS, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e), env);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private JsonNode json() throws IOException {
    String[] lines = out.strip().split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }

  @Test
  void ingestStoresEveryArticleAndASecondIngestChangesNothing() throws IOException {
    assertThat(run("--data", data.toString(), "ingest", "--json", inputs.toString())).isEqualTo(ExitCodes.OK);
    JsonNode first = json();
    assertThat(first.path("read").asLong()).isEqualTo(4);
    assertThat(first.path("stored").asLong()).isEqualTo(4);

    assertThat(run("--data", data.toString(), "ingest", "--json", inputs.toString())).isEqualTo(ExitCodes.OK);
    JsonNode second = json();
    assertThat(second.path("stored").asLong()).isZero();
    assertThat(second.path("updated").asLong()).isZero();
    assertThat(second.path("unchanged").asLong()).isEqualTo(4);

    assertThat(run("--data", data.toString(), "stats", "--json")).isZero();
    assertThat(json().path("articles").asLong()).isEqualTo(4);
  }

  @Test
  void aGlobTheShellDidNotExpandSelectsFiles() throws IOException {
    assertThat(run("--data", data.toString(), "ingest", "--json", inputs + "/*.jsonl")).isZero();
    assertThat(json().path("stored").asLong()).isEqualTo(2);
    assertThat(run("--data", data.toString(), "ingest", "--json", inputs + "/*.none")).isEqualTo(ExitCodes.SKIPPED);
    assertThat(json().path("reasons").get(0).asText()).contains("nothing matches");
  }

  @Test
  void badInputsAreSkippedWithReasonsAndTheRestIsStored() throws IOException {
    Files.write(inputs.resolve("empty.json"), new byte[0]);
    Files.write(inputs.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
    // Root reads every file, so an unreadable file is made the way a broken disk or mount shows one.
    Files.createSymbolicLink(inputs.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
    Files.writeString(inputs.resolve("cut.json"), "[{\"title\":\"خبر كامل\",\"content\":\"نص\"}, {\"title\":\"خبر مقطو", StandardCharsets.UTF_8);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(inputs.resolve("more.jsonl.gz")))) {
      gz.write("{\"title\":\"خبر مضغوط\",\"content\":\"نص الخبر المضغوط\",\"url\":\"http://news.example/gz\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    int code = run("--data", data.toString(), "ingest", "--json", inputs.toString(), tmp.resolve("missing.txt").toString());

    assertThat(code).isEqualTo(ExitCodes.SKIPPED);
    JsonNode summary = json();
    assertThat(summary.path("stored").asLong()).isEqualTo(6);
    List<String> reasons = JSON.convertValue(summary.path("reasons"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(reasons)
        .anyMatch(r -> r.contains("empty.json") && r.contains("empty file"))
        .anyMatch(r -> r.contains("image.bin") && r.contains("binary"))
        .anyMatch(r -> r.contains("cut.json"))
        .anyMatch(r -> r.contains("dangling.txt") && r.contains("cannot read"))
        .anyMatch(r -> r.contains("missing.txt") && r.contains("no such file"));
  }

  @Test
  void searchFindsCompoundNamesInEitherSpellingWithHighlights() throws IOException {
    run("--data", data.toString(), "ingest", inputs.toString());

    for (String query : List.of("عبداللهيان", "امير عبد اللهيان")) {
      assertThat(run("--data", data.toString(), "search", "--json", query)).isZero();
      JsonNode result = json();
      assertThat(result.path("total").asLong()).as(query).isEqualTo(1);
      JsonNode hit = result.path("hits").get(0);
      assertThat(hit.path("title").asText()).startsWith("وزارة الخارجية تستدعي السفير");
      assertThat(hit.path("source").asText()).isEqualTo("فرانس24");
      assertThat(hit.path("published").asText()).isEqualTo("2024-01-30");
      assertThat(hit.path("highlights")).isNotEmpty();
    }
  }

  @Test
  void searchFiltersBySourceAndDate() throws IOException {
    run("--data", data.toString(), "ingest", inputs.toString());

    run("--data", data.toString(), "search", "--json", "--source", "okaz");
    assertThat(json().path("total").asLong()).isEqualTo(1);
    run("--data", data.toString(), "search", "--json", "--from", "2024-01-01");
    assertThat(json().path("total").asLong()).isEqualTo(2);
    run("--data", data.toString(), "search", "--json", "--from", "2015-07-01", "--to", "2015-07-31");
    assertThat(json().path("hits").get(0).path("title").asText()).isEqualTo("أمطار غزيرة تغمر شوارع المدينة الساحلية");
    assertThat(run("--data", data.toString(), "search", "--from", "yesterday")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void showPrintsTheArticleJsonWithItsReadAlso() throws IOException {
    run("--data", data.toString(), "ingest", inputs.toString());
    run("--data", data.toString(), "search", "--json", "عبداللهيان");
    String id = json().path("hits").get(0).path("id").asText();

    assertThat(run("--data", data.toString(), "show", "--json", id)).isZero();
    JsonNode a = JSON.readTree(out);
    assertThat(a.fieldNames()).toIterable().contains("id", "url", "title", "published", "publishedText", "source", "credits", "body", "tags", "readAlso",
        "duplicateOf", "copies", "storyId", "related");
    assertThat(a.path("publishedText").asText()).isEqualTo("30th, January 2024 GMT");
    assertThat(a.path("credits").findValuesAsText("role")).containsExactly("preparer", "source", "wire", "wire");
    assertThat(a.path("body")).hasSize(2);
    JsonNode related = a.path("readAlso").get(0);
    assertThat(related.path("source").asText()).isEqualTo("بغداد اليوم");
    assertThat(related.path("published").asText()).isEqualTo("2024-01-31");

    assertThat(run("--data", data.toString(), "show", related.path("id").asText())).isZero();
    assertThat(out).contains("السفارة تعلق مواعيد التأشيرات حتى إشعار آخر");
    assertThat(run("--data", data.toString(), "show", "no-such-id")).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void theDataFolderComesFromTheOptionOrTheEnvironment() throws IOException {
    env.put("MARSAD_DATA", tmp.resolve("from-env").toString());
    run("ingest", "--json", inputs.resolve("page.txt").toString());
    assertThat(Files.isDirectory(tmp.resolve("from-env"))).isTrue();

    run("ingest", "--data", data.toString(), "--json", inputs.resolve("records.jsonl").toString());
    run("stats", "--json", "--data", data.toString());
    assertThat(json().path("articles").asLong()).isEqualTo(2);
    run("stats", "--json");
    assertThat(json().path("articles").asLong()).isEqualTo(2);
    assertThat(err).isEmpty();
  }

  @Test
  void htmlPagesFeedsAndWarcArchivesAreIngestedByWhatTheyAre() throws IOException {
    Path web = Files.createDirectories(tmp.resolve("web"));
    String html = "<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>صحيفة</title>"
        + "<link rel=\"canonical\" href=\"https://news.example/2024/01/30/visit\">"
        + "<meta property=\"article:published_time\" content=\"2024-01-30T09:00:00+03:00\"></head><body>"
        + "<article><h1>وزير الخارجية يصل إلى بغداد في زيارة رسمية</h1>"
        + "<p>وصل وزير الخارجية اليوم إلى بغداد في زيارة رسمية تستمر يومين، يلتقي خلالها كبار المسؤولين.</p>"
        + "<p>وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار تعزيز العلاقات الثنائية بين البلدين.</p></article></body></html>";
    Files.writeString(web.resolve("visit.html"), html, StandardCharsets.UTF_8);
    Files.writeString(web.resolve("latest"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>موقع</title>"
        + "<item><title>افتتاح معرض الكتاب</title><link>https://news.example/book-fair</link>"
        + "<description>افتتح معرض الكتاب أبوابه للزوار صباح اليوم.</description></item></channel></rss>", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://news.example/a</loc></url></urlset>", StandardCharsets.UTF_8);
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(web.resolve("crawl.warc"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
      byte[] page = html.replace("https://news.example/2024/01/30/visit", "https://other.example/copy")
          .replace("وزير الخارجية يصل", "رئيس الوزراء يصل").getBytes(StandardCharsets.UTF_8);
      w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://other.example/copy"))
          .date(java.time.Instant.parse("2024-02-01T12:00:00Z"))
          .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
              + page.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), page))
          .build());
    }

    int code = run("--data", data.toString(), "ingest", "--json", web.toString());

    JsonNode summary = json();
    assertThat(code).as(out).isEqualTo(ExitCodes.SKIPPED);
    assertThat(summary.path("reasons").toString()).contains("sitemap.xml").contains("sitemap");
    run("--data", data.toString(), "search", "--json", "بغداد");
    assertThat(json().path("hits").findValuesAsText("title"))
        .contains("وزير الخارجية يصل إلى بغداد في زيارة رسمية");
    run("--data", data.toString(), "search", "--json", "معرض الكتاب");
    assertThat(json().path("total").asLong()).isEqualTo(1);
    run("--data", data.toString(), "search", "--json", "رئيس الوزراء");
    assertThat(json().path("hits").get(0).path("title").asText()).as("from the WARC").isEqualTo("رئيس الوزراء يصل إلى بغداد في زيارة رسمية");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
