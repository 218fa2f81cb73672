package org.marsad.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.store.UpsertResult;

class MetricsTest {
  @Test
  void histogramBucketsAreCumulativeAndEndWithInf() {
    Metrics m = new Metrics();
    m.request("/api/search", "GET", 200, 3_000_000L); // 3 ms
    m.request("/api/search", "GET", 200, 300_000_000L); // 300 ms
    m.request("/api/search", "GET", 200, 60_000_000_000L); // a minute, past every bucket

    String text = m.prometheusText();

    String labels = "route=\"/api/search\",method=\"GET\",status=\"200\"";
    assertThat(text).contains("marsad_http_request_duration_seconds_bucket{" + labels + ",le=\"0.005\"} 1\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_bucket{" + labels + ",le=\"0.25\"} 1\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_bucket{" + labels + ",le=\"0.5\"} 2\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_bucket{" + labels + ",le=\"10.0\"} 2\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} 3\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_count{" + labels + "} 3\n");
    assertThat(text).contains("marsad_http_request_duration_seconds_sum{" + labels + "} 60.303\n");
  }

  @Test
  void storedArticlesAreCountedByOriginAndOutcome() {
    Metrics m = new Metrics();
    m.stored(Metrics.Via.API, UpsertResult.CREATED);
    m.stored(Metrics.Via.API, UpsertResult.CREATED);
    m.stored(Metrics.Via.FOLLOWER, UpsertResult.UNCHANGED);

    assertThat(m.prometheusText())
        .contains("# TYPE marsad_articles_stored_total counter\n")
        .contains("marsad_articles_stored_total{via=\"api\",result=\"created\"} 2\n")
        .contains("marsad_articles_stored_total{via=\"follower\",result=\"unchanged\"} 1\n");
  }

  @Test
  void labelValuesAreEscapedAndGaugesReadWhenScraped() {
    Metrics m = new Metrics();
    long[] value = {1};
    m.gauge("feeds_due", "Feeds due.", () -> value[0]);
    value[0] = 7;

    assertThat(Metrics.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    assertThat(m.prometheusText()).contains("# TYPE marsad_feeds_due gauge\nmarsad_feeds_due 7\n");
  }
}
