package org.marsad.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.eval.search.QueryVariants.Kind;
import org.marsad.eval.search.QueryVariants.Variant;

class QueryVariantsTest {
  private static final String TITLE = "أمير منطقة الرياض يستقبل المعلمين في مستشفى الملك";

  private static String apply(Kind kind, String word) {
    return QueryVariants.apply(kind, word, new Random(1));
  }

  @Test
  void theSameSeedGivesTheSameQueries() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(QueryVariants.vary(TITLE, new Random(seed))).isEqualTo(QueryVariants.vary(TITLE, new Random(seed)));
    }
  }

  @Test
  void everyQueryHasOneToThreeDistinctChangesAndDiffersFromTheTitle() {
    for (long seed = 0; seed < 50; seed++) {
      Variant v = QueryVariants.vary(TITLE, new Random(seed));
      assertThat(v.kinds()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
      assertThat(v.query()).isNotEqualTo(TITLE);
    }
  }

  @Test
  void hamzaIsDropped() {
    assertThat(apply(Kind.HAMZA_DROPPED, "أمير")).isEqualTo("امير");
    assertThat(apply(Kind.HAMZA_DROPPED, "امير")).isNull();
  }

  @Test
  void hamzaIsMisplaced() {
    assertThat(apply(Kind.HAMZA_MISPLACED, "أسرة")).isEqualTo("إسرة");
    assertThat(apply(Kind.HAMZA_MISPLACED, "امير")).isIn("أمير", "إمير");
    // The article's alef keeps no hamza.
    assertThat(apply(Kind.HAMZA_MISPLACED, "الملك")).isNull();
  }

  @Test
  void finalYehAndAlefMaksuraAreSwapped() {
    assertThat(apply(Kind.YEH_SWAPPED, "مستشفى")).isEqualTo("مستشفي");
    assertThat(apply(Kind.YEH_SWAPPED, "علي")).isEqualTo("على");
  }

  @Test
  void tehMarbutaAndHehAreSwapped() {
    assertThat(apply(Kind.TEH_MARBUTA_SWAPPED, "منطقة")).isEqualTo("منطقه");
    assertThat(apply(Kind.TEH_MARBUTA_SWAPPED, "منطقه")).isEqualTo("منطقة");
  }

  @Test
  void tatweelAndDiacriticsVanishInTheSearchForm() {
    String stretched = apply(Kind.TATWEEL_ADDED, "الرياض");
    assertThat(stretched).contains("\u0640").hasSize(7);
    String marked = apply(Kind.DIACRITICS_ADDED, "الرياض");
    assertThat(marked).isNotEqualTo("الرياض");
    assertThat(ArabicNormalizer.searchKey(stretched)).isEqualTo("الرياض");
    assertThat(ArabicNormalizer.searchKey(marked)).isEqualTo("الرياض");
  }

  @Test
  void cliticIsAdded() {
    for (int seed = 0; seed < 10; seed++) {
      assertThat(QueryVariants.apply(Kind.CLITIC_ADDED, "منطقة", new Random(seed))).isIn("ومنطقة", "بمنطقة", "لمنطقة", "المنطقة");
      assertThat(QueryVariants.apply(Kind.CLITIC_ADDED, "الرياض", new Random(seed))).isIn("والرياض", "بالرياض", "للرياض");
    }
  }

  @Test
  void cliticIsRemoved() {
    assertThat(apply(Kind.CLITIC_REMOVED, "الرياض")).isEqualTo("رياض");
    assertThat(apply(Kind.CLITIC_REMOVED, "بالرياض")).isEqualTo("الرياض");
    assertThat(apply(Kind.CLITIC_REMOVED, "للحكومة")).isEqualTo("الحكومة");
    assertThat(apply(Kind.CLITIC_REMOVED, "وزير")).isNull();
  }

  @Test
  void numberIsChanged() {
    assertThat(apply(Kind.NUMBER_CHANGED, "المعلمين")).isEqualTo("المعلمون");
    assertThat(apply(Kind.NUMBER_CHANGED, "المعلمون")).isEqualTo("المعلمين");
    assertThat(apply(Kind.NUMBER_CHANGED, "منطقة")).isEqualTo("منطقات");
    assertThat(apply(Kind.NUMBER_CHANGED, "سيارات")).isEqualTo("سيارة");
  }

  @Test
  void persianLettersReplaceArabicOnes() {
    assertThat(apply(Kind.PERSIAN_LETTERS, "الملكي")).isEqualTo("الملکی");
    assertThat(apply(Kind.PERSIAN_LETTERS, "هدف")).isEqualTo("ەدف");
    assertThat(apply(Kind.PERSIAN_LETTERS, "أمر")).isNull();
  }

  @Test
  void numbersAndLatinWordsAreNotChanged() {
    for (Kind kind : Kind.values()) {
      assertThat(QueryVariants.apply(kind, "2024", new Random(3))).isNull();
      assertThat(QueryVariants.apply(kind, "Google", new Random(3))).isNull();
    }
  }
}
