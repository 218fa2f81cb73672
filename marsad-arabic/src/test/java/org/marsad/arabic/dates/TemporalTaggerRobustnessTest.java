package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TemporalTaggerRobustnessTest {
  private static final List<String> PIECES = List.of("الإثنين", "المقبل", "أمس", "من", "إلى", "الساعة", "3", "12:30",
      "صباحا", "مساء", "منذ", "أيام", "الأسبوع", "الماضي", "عام", "2020", "رمضان", "1445", "هـ", "الموافق", "مارس",
      "القرن", "العشرين", "أول", "ثلاثاء", "شهر", "عشرة", "إلا", "ربع", "-", "/", "،", " ", "\t", "\n", "ً", "ـ",
      "\u200F", "٣", "١٤٤٥", "x", "9999", "00", "عيد الفطر", "خلال", "الأيام", "الثلاثة", "حتى", "و");

  private final TemporalTagger tagger = new TemporalTagger();

  @Provide
  Arbitrary<String> arabicish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDateTime> references() {
    return Arbitraries.longs().between(-20_000, 60_000)
        .map(d -> LocalDateTime.of(1970, 1, 1, 0, 0).plusDays(d).plusMinutes(d % 1440));
  }

  @Property(tries = 400)
  void neverThrowsAndSpansAreOrderedInBounds(@ForAll("arabicish") String text, @ForAll("references") LocalDateTime ref) {
    check(text, tagger.tag(text, ref));
    check(text, new TemporalTagger(Lean.FUTURE).tag(text, ref));
  }

  @Property(tries = 300)
  void anyStringIsSafe(@ForAll String text, @ForAll("references") LocalDateTime ref) {
    check(text, tagger.tag(text, ref));
  }

  private static void check(String text, List<TemporalExpression> found) {
    int last = 0;
    for (TemporalExpression e : found) {
      assertThat(e.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(e.span().end()).isGreaterThan(e.span().start()).isLessThanOrEqualTo(text.length());
      assertThat(e.span().of(text)).isEqualTo(e.text());
      assertThat(e.end()).isAfter(e.start());
      last = e.span().end();
    }
  }
}
