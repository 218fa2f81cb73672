package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {
  @Test
  void wordsAreTheSearchFormsLettersAndDigits() {
    assertThat(Shingler.words(List.of("الكِتابُ، والقلمُ! في «مكتبة» إحدى المدارس")))
        .containsExactly("الكتاب", "والقلم", "في", "مكتبه", "احدي", "المدارس");
  }

  @Test
  void digitsAreFoldedAndLatinIsLowerCased() {
    assertThat(Shingler.words(List.of("عام ٢٠١٥ في SPA"))).containsExactly("عام", "2015", "في", "spa");
  }

  @Test
  void tatweelDoesNotSplitAWord() {
    assertThat(Shingler.words(List.of("المـــحطة"))).containsExactly("المحطه");
  }

  @Test
  void abdIsJoinedToAFollowingAlWord() {
    assertThat(Shingler.words(List.of("الملك سلمان بن عبد العزيز")))
        .isEqualTo(Shingler.words(List.of("الملك سلمان بن عبدالعزيز")));
  }

  @Test
  void abdStaysAloneBeforeAnyOtherWord() {
    assertThat(Shingler.words(List.of("عبد كريم"))).containsExactly("عبد", "كريم");
  }

  @Test
  void paragraphsRunTogether() {
    assertThat(Shingler.words(List.of("في المدينة", "المنورة اليوم")))
        .containsExactly("في", "المدينه", "المنوره", "اليوم");
  }

  @Test
  void shinglesAreDistinctFourWordRuns() {
    long[] words = Shingler.wordHashes(Shingler.words(List.of("أ ب ج د هـ و ز")));
    assertThat(Shingler.distinctShingles(words)).hasSize(4).isSorted();
    long[] repeated = Shingler.wordHashes(Shingler.words(List.of("نعم نعم نعم نعم نعم نعم")));
    assertThat(Shingler.distinctShingles(repeated)).hasSize(1);
  }

  @Test
  void fewerWordsThanAShingleMakeOneShingle() {
    long[] words = Shingler.wordHashes(Shingler.words(List.of("وصل الوفد")));
    assertThat(Shingler.distinctShingles(words)).hasSize(1);
    assertThat(Shingler.distinctShingles(new long[0])).isEmpty();
  }

  @Test
  void theContentKeyDependsOnWordOrder() {
    long ab = Shingler.contentKey(Shingler.wordHashes(List.of("وصل", "الوفد")));
    long ba = Shingler.contentKey(Shingler.wordHashes(List.of("الوفد", "وصل")));
    assertThat(ab).isNotEqualTo(ba).isNotEqualTo(Shingler.EMPTY_KEY);
    assertThat(Shingler.contentKey(new long[0])).isEqualTo(Shingler.EMPTY_KEY);
  }
}
