package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedTest {
  private static final LocalDateTime T = LocalDateTime.of(2024, 11, 24, 6, 53, 0);

  @Test
  void isoShowsOnlyThePrecisionTheSourceGave() {
    assertThat(new Published(T.toLocalDate().atStartOfDay(), ZoneOffset.UTC, "30th, January 2024 GMT", Precision.DAY).iso())
        .isEqualTo("2024-11-24");
    assertThat(new Published(T, null, "06:53", Precision.MINUTE).iso()).isEqualTo("2024-11-24T06:53");
    assertThat(new Published(T, null, "06:53:00", Precision.SECOND).iso()).isEqualTo("2024-11-24T06:53:00");
    assertThat(new Published(T, ZoneOffset.ofHours(3), "+03:00", Precision.MINUTE).iso()).isEqualTo("2024-11-24T06:53+03:00");
    assertThat(new Published(T, ZoneOffset.UTC, "GMT", Precision.SECOND).iso()).isEqualTo("2024-11-24T06:53:00Z");
  }

  @Test
  void aDateWithoutZoneIsReadAsUtcForFilters() {
    assertThat(new Published(T, null, "x", Precision.MINUTE).instant()).hasToString("2024-11-24T06:53:00Z");
    assertThat(new Published(T, ZoneOffset.ofHours(3), "x", Precision.MINUTE).instant()).hasToString("2024-11-24T03:53:00Z");
  }

  @Test
  void spansRejectNegativeAndReversedRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("span");
    assertThatThrownBy(() -> new Span(3, 2)).hasMessageContaining("span");
    assertThat(new Span(2, 5).of("abcdefg")).isEqualTo("cde");
  }

  @Test
  void diagnosticsKeepTheFirstAndCountTheRest() {
    Diagnostics d = new Diagnostics(2);
    d.warn("a", "1");
    d.error("b", "2");
    d.warn("c", "3");
    assertThat(d.list()).extracting(Diagnostic::where).containsExactly("a", "b");
    assertThat(d.dropped()).isEqualTo(1);
  }
}
