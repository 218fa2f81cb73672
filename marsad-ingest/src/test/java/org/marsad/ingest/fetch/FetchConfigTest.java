package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchConfigTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    FetchConfig config = FetchConfig.defaults();

    assertThat(config.userAgent()).isEqualTo("Marsad/0.1 (+https://github.com/marsad; Arabic news monitor)");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.minDelayPerHost()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.maxRetries()).isEqualTo(3);
    assertThat(config.retryBaseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.allowPrivateAddresses()).isFalse();
    assertThat(config.obeyRobots()).isTrue();
  }

  @Test
  void withersChangeOneSetting() {
    FetchConfig config = FetchConfig.defaults().withAllowPrivateAddresses(true).withMaxRetries(0);

    assertThat(config.allowPrivateAddresses()).isTrue();
    assertThat(config.maxRetries()).isZero();
    assertThat(config.withObeyRobots(false).minDelayPerHost()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void badValuesNameTheParameter() {
    FetchConfig config = FetchConfig.defaults();

    assertThatThrownBy(() -> config.withRequestTimeout(Duration.ZERO)).hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> config.withMinDelayPerHost(Duration.ofSeconds(-1))).hasMessageContaining("minDelayPerHost");
    assertThatThrownBy(() -> config.withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> config.withMaxRedirects(-1)).hasMessageContaining("maxRedirects");
    assertThatThrownBy(() -> config.withUserAgent("Marsad\r\nX-Evil: 1")).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> new Validators("\"a\"\r\nX: 1", null)).hasMessageContaining("etag");
  }
}
