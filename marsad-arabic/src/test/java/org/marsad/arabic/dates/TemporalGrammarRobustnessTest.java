package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The composing grammar on random text made of its own words: no rule throws (through {@code
 * tagOrThrow}, which does not swallow what {@code tag} would), spans are ordered, in bounds and
 * non-overlapping, and every expression ends after it starts.
 */
class TemporalGrammarRobustnessTest {
  private static final List<String> PIECES = List.of("من", "إلى", "الى", "حتى", "لغاية", "بين", "و", "-", "الساعة",
      "3", "11", "9:30", "15:23:24", "١٠:٠٥", "الثالث عشر", "الأول", "تموز", "مارس", "آب/أغسطس", "نيسان (أبريل)",
      "شهر", "الشهر", "العام", "الأسبوع", "الماضي", "المقبل", "الفائت", "أوائل", "أواسط", "أواخر", "نهاية", "بداية",
      "منتصف", "خلال", "في غضون", "أسبوعين", "يومين", "ثلاثة", "أيام", "ساعات", "صباحا", "مساء", "ليلا", "بالليل",
      "العشاء", "المغرب", "بتوقيت", "غرينتش", "GMT", "CET", "مكة المكرمة", "القدس", "(", ")", "عيد الحب", "رأس السنة",
      "عيد الأم", "رمضان", "١٨رمضان", "شوال", "ذي الحجة", "عيد الفطر", "عاشوراء", "2014", "1435", "صباح", "فجر",
      "ظهر", "أمس", "اليوم", "الخميس", "الأحد", "يوم", "التاسعة", " ", "\t", "،", "/", "ً");

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(PIECES).list().ofMaxSize(24).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDateTime> references() {
    return Arbitraries.longs().between(-20_000, 60_000)
        .map(d -> LocalDateTime.of(1970, 1, 1, 0, 0).plusDays(d).plusMinutes(Math.floorMod(d * 37, 1440)));
  }

  @Provide
  Arbitrary<ZoneOffset> zones() {
    return Arbitraries.integers().between(-12 * 4, 14 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900));
  }

  @Property(tries = 500)
  void rulesNeverThrowAndSpansStayInBounds(@ForAll("phrases") String text, @ForAll("references") LocalDateTime ref,
      @ForAll("zones") ZoneOffset zone) {
    for (Lean lean : Lean.values()) {
      List<TemporalExpression> found = new TemporalTagger(lean).tagOrThrow(text, ref, zone);
      int last = 0;
      for (TemporalExpression e : found) {
        assertThat(e.span().start()).isGreaterThanOrEqualTo(last);
        assertThat(e.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(e.span().start());
        assertThat(e.text()).isEqualTo(text.substring(e.span().start(), e.span().end()));
        assertThat(e.end()).as("%s in %s", e, text).isAfter(e.start());
        last = e.span().end();
      }
    }
  }

  @Property(tries = 200)
  void anyStringIsSafe(@ForAll String text, @ForAll("references") LocalDateTime ref) {
    assertThat(new TemporalTagger().tagOrThrow(text, ref, TemporalTagger.ARABIA)).isNotNull();
  }
}
