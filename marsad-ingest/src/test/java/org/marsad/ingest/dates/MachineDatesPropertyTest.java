package org.marsad.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.marsad.model.Precision;
import org.marsad.model.Published;

/** Whatever instant a machine writes, in whichever form and offset, reads back as that instant. */
class MachineDatesPropertyTest {
  /** 1900-01-01T00:00:00Z to 2100-12-31T23:59:59Z, the years machine dates are read in. */
  private static final long FIRST = -2_208_988_800L;
  private static final long LAST = 4_133_980_799L;
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  @Property
  void isoOffsetDateTimeReadsBackAsItsInstant(
      @ForAll @LongRange(min = FIRST + 86_400, max = LAST - 86_400) long seconds,
      @ForAll @IntRange(min = -12 * 4, max = 14 * 4) int quarterHours) {
    OffsetDateTime t = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900));
    String text = t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    Published p = MachineDates.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));

    assertThat(p.instant()).as(text).isEqualTo(t.toInstant());
    assertThat(p.offset()).as(text).isEqualTo(t.getOffset());
  }

  @Property
  void rfc1123ReadsBackAsItsInstant(
      @ForAll @LongRange(min = FIRST + 86_400, max = LAST - 86_400) long seconds,
      @ForAll @IntRange(min = -12, max = 14) int hours) {
    OffsetDateTime t = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofHours(hours));
    String text = t.format(RFC_1123);

    Published p = MachineDates.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));

    assertThat(p.instant()).as(text).isEqualTo(t.toInstant());
  }

  @Property
  void epochSecondsAndMillisReadBackAsTheirInstant(@ForAll @LongRange(min = 100_000_000L, max = 9_999_999_999L) long seconds) {
    assertThat(MachineDates.parse(Long.toString(seconds)).orElseThrow().instant())
        .isEqualTo(Instant.ofEpochSecond(seconds));
    long millis = seconds * 1000 + 7;
    if (millis >= MachineDates.MILLIS_THRESHOLD && millis < 10_000_000_000_000L) {
      assertThat(MachineDates.parse(Long.toString(millis)).orElseThrow().instant())
          .isEqualTo(Instant.ofEpochSecond(seconds));
    }
  }

  @Property
  void aDateAloneIsADayWithoutAnOffset(@ForAll @LongRange(min = FIRST / 86_400 + 1, max = LAST / 86_400 - 1) long epochDay) {
    LocalDate day = LocalDate.ofEpochDay(epochDay);

    Published p = MachineDates.parse(day.toString()).orElseThrow();

    assertThat(p.precision()).isEqualTo(Precision.DAY);
    assertThat(p.offset()).isNull();
    assertThat(p.local()).isEqualTo(day.atStartOfDay());
    assertThat(p.iso()).isEqualTo(day.toString());
  }
}
