package org.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} parses as Prometheus text and counts what happens. */
class MetricsRoutesTest {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:\\\\.|[^\"\\\\])*\"";
  private static final Pattern SAMPLE = Pattern.compile(
      "(" + NAME + ")(\\{" + LABEL + "(?:," + LABEL + ")*\\})? (-?[0-9.]+(?:[eE][-+]?[0-9]+)?|\\+Inf|-Inf|NaN)");
  private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");

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
  void exposesPrometheusTextWithTypesBeforeSamples() throws Exception {
    t.get("/api/health", 200);
    HttpResponse<String> r = t.send(t.request("/metrics"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/plain; version=0.0.4");
    assertThat(r.body()).endsWith("\n");
    Set<String> typed = new HashSet<>();
    for (String line : r.body().split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        typed.add(type.group(1));
        continue;
      }
      if (HELP.matcher(line).matches()) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      assertThat(sample.matches()).as(line).isTrue();
      String family = sample.group(1).replaceFirst("_(bucket|sum|count)$", "");
      assertThat(typed).as("TYPE before " + line).contains(family.equals(sample.group(1)) ? sample.group(1) : family);
    }
    assertThat(typed).contains("marsad_articles_stored_total", "marsad_http_request_duration_seconds", "marsad_articles");
  }

  @Test
  void requestsAndIngestsAreCounted() throws Exception {
    String healthCount = "marsad_http_request_duration_seconds_count{route=\"/api/health\",method=\"GET\",status=\"200\"}";
    t.get("/api/health", 200);
    t.get("/api/health", 200);
    t.get("/api/articles/nope", 404);
    t.get("/no/such/page", 404);
    t.post("/api/ingest", TestServer.TOKEN, "application/x-ndjson",
        "{\"title\": \"خبر\", \"content\": \"نص الخبر.\"}\n".getBytes(StandardCharsets.UTF_8), 200);

    Map<String, String> m = awaitSample(healthCount, "2");
    assertThat(m).containsEntry("marsad_articles_stored_total{via=\"api\",result=\"created\"}", "1");
    assertThat(m).containsEntry("marsad_articles", "1");
    assertThat(m).containsKey("marsad_http_request_duration_seconds_count{route=\"/api/articles/{id}\",method=\"GET\",status=\"404\"}");
    assertThat(m).as("unmatched paths share one series")
        .containsKey("marsad_http_request_duration_seconds_count{route=\"unmatched\",method=\"GET\",status=\"404\"}");
    assertThat(m.get(healthCount.replace("_count{", "_bucket{").replace("}", ",le=\"+Inf\"}"))).isEqualTo("2");
  }

  /** The request log runs once the answer is out, so a count may lag its request a little. */
  private Map<String, String> awaitSample(String name, String value) throws Exception {
    Map<String, String> samples = Map.of();
    for (int i = 0; i < 50 && !value.equals(samples.get(name)); i++) {
      if (i > 0) {
        Thread.sleep(20);
      }
      samples = samples(t.send(t.request("/metrics")).body());
    }
    assertThat(samples).containsEntry(name, value);
    return samples;
  }

  private static Map<String, String> samples(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#") && !line.isEmpty()) {
        int space = line.lastIndexOf(' ');
        m.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    return m;
  }
}
