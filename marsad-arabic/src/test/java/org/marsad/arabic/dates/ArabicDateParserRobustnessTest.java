package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Never throws, spans well-formed, linear time on hostile input, fast on ordinary lines. */
class ArabicDateParserRobustnessTest {
  /** Pieces that look like parts of dates, so random text hits the patterns' hard paths. */
  private static final String[] PIECES = {
    "1", "12", "30", "2024", "٢٠٢٤", "۱۵", "/", "-", ".", ":", " ", "\t", "\n", "،", ",", "(", ")",
    "تشرين", "الثاني", "كانون", "2", "نوفمبر", "أكتوبر", "ماي", "مايو", "آب", "Jan", "January", "th",
    "الأحد", "الموافق", "الساعة", "صباحاً", "م", "ص", "PM", "GMT", "+03:00", "+3", "T", "Z", "بتوقيت",
    "مكة", "(ت.غ)", "من", "عام", "\u064E", "\u0640", "\u200F", "x", "é", "\uD83D\uDE00"
  };

  private final ArabicDateParser parser = new ArabicDateParser();

  @Provide
  Arbitrary<String> dateLikeText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 2000)
  void spansAreOrderedDisjointAndExact(@ForAll("dateLikeText") String text) {
    assertWellFormed(text, parser.findAll(text));
    assertWellFormed(text, parser.findAll(text, DateOrder.MONTH_FIRST));
    assertWellFormed(text, parser.findAll(text, DateOrder.DAY_FIRST, LocalDate.of(2024, 2, 29)));
  }

  @Property(tries = 500)
  void anyStringIsSafe(@ForAll String text) {
    assertWellFormed(text, parser.findAll(text));
  }

  // Hang guards, not speed measurements (those belong to `marsad bench`): catastrophic regex
  // backtracking on a megabyte takes hours, a linear scan well under the limit.
  @Test
  @Timeout(60)
  void megabyteOfHostileTextFinishes() {
    Random random = new Random(20_240_130L);
    StringBuilder hostile = new StringBuilder();
    while (hostile.length() < 1_000_000) {
      hostile.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String text = hostile.toString();
    List<DateMention> found = parser.findAll(text);
    assertWellFormed(text, found);
    assertThat(found).isNotEmpty(); // the pieces do form dates now and then: the hard paths ran
    assertWellFormed(text, parser.findAll(text, DateOrder.DAY_FIRST, LocalDate.of(2024, 1, 1)));
  }

  @Test
  @Timeout(60)
  void longRunsOfOneCharacterFinish() {
    for (String unit : List.of("1", "1/", "١/", " ", "2024-", "تشرين ", "12:", "\u064E")) {
      String text = unit.repeat(1_000_000 / unit.length());
      assertWellFormed(text, parser.findAll(text));
    }
  }

  @Test
  void manyShortLinesEachGiveTheirDate() {
    String[] samples = {
      "نشر بتاريخ: الأربعاء ٧ أيار ٢٠٢٥ - ١٠:٣١",
      "الأحد 24 نوفمبر 2024 06:53 صباحاً",
      "تاريخ النشر: 30th, January 2024 GMT",
      "2024-01-30T10:15:00+03:00",
      "قال الوزير إن الاجتماع سيعقد قريبا في العاصمة",
      "التاريخ: 30/01/2024",
    };
    int found = 0;
    for (int i = 0; i < 10_000; i++) {
      found += parser.findAll(samples[i % samples.length] + " " + i).size();
    }
    assertThat(found).isEqualTo(10_000 - (10_000 + 1) / samples.length);
  }

  static void assertWellFormed(String text, List<DateMention> found) {
    int previousEnd = 0;
    for (DateMention mention : found) {
      assertThat(mention.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(mention.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(mention.span().start());
      assertThat(mention.published().text()).isEqualTo(mention.span().of(text));
      previousEnd = mention.span().end();
    }
  }
}
