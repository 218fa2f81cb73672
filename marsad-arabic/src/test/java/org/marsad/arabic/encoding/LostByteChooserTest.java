package org.marsad.arabic.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LostByteChooserTest {
  private final LostByteChooser chooser = new LostByteChooser(Lexicon.of(Set.of("حلم", "طريق", "كتاب")));

  private static List<String> fixed(String s) {
    return List.of(s);
  }

  @Test
  void aReadingThatMakesAKnownWordWins() {
    // The second alternative makes the known word, the first does not.
    List<List<String>> slots = List.of(fixed("ط"), fixed("ر"), List.of("ح", "ي"), fixed("ق"));
    assertThat(chooser.choose(slots)).isEqualTo("طريق");
  }

  @Test
  void withoutAKnownWordTheLikeliestByteWins() {
    List<List<String>> slots = List.of(List.of("ح", "ؠ"), fixed("ر"), fixed("ب"));
    assertThat(chooser.choose(slots)).isEqualTo("حرب");
  }

  @Test
  void aKnownWordBehindAProcliticCounts() {
    List<List<String>> slots = List.of(fixed("و"), fixed("ا"), fixed("ل"), List.of("ؠ", "ح"), fixed("ل"), fixed("م"));
    assertThat(chooser.choose(slots)).isEqualTo("والحلم");
  }

  @Test
  void insideAWordVowelMarksOnlyInVocalizedText() {
    LostByteChooser withLibrary = new LostByteChooser(Lexicon.of(Set.of("مكتبة")));
    List<List<String>> word = List.of(fixed("م"), fixed("ك"), List.of("ف", "ُ"), fixed("ت"), fixed("ب"), fixed("ة"));
    assertThat(withLibrary.choose(word)).isEqualTo("مكفتبة");
    List<List<String>> vocalized = new ArrayList<>(word);
    vocalized.add(fixed(" "));
    vocalized.add(fixed("ّ"));
    assertThat(withLibrary.choose(vocalized)).startsWith("مكُتبة");
  }

  @Test
  void onTheFirstLetterOfALongKnownWordAVowelMarkIsRead() {
    List<List<String>> book = List.of(fixed("ك"), List.of("ف", "ُ"), fixed("ت"), fixed("ا"), fixed("ب"));
    assertThat(chooser.choose(book)).isEqualTo("كُتاب");
    // حلم is known but short: a real word by chance too often, so the letter wins.
    List<List<String>> dream = List.of(fixed("ح"), List.of("ف", "ُ"), fixed("ل"), fixed("م"));
    assertThat(chooser.choose(dream)).isEqualTo("حفلم");
  }

  @Test
  void aVowelMarkNeverStartsAWord() {
    Lexicon marksOnly = Lexicon.of(Set.of("تاب"));
    List<List<String>> slots = List.of(fixed("َ"), fixed(" "), List.of("ف", "ُ"), fixed("ت"), fixed("ا"), fixed("ب"));
    assertThat(new LostByteChooser(marksOnly).choose(slots)).isEqualTo("َ فتاب");
  }

  @Test
  void wordsAreChosenApart() {
    List<List<String>> slots = List.of(fixed("ح"), List.of("ح", "ؠ"), fixed(" "), List.of("ح", "ؠ"), fixed("ل"), fixed("م"));
    assertThat(chooser.choose(slots)).isEqualTo("حح حلم");
  }

  @Test
  void theLexiconIgnoresVowelMarksAndTatweel() {
    Lexicon lexicon = Lexicon.of(Set.of("كتاب"));
    assertThat(lexicon.score("كِتـاب")).isEqualTo(2);
    assertThat(lexicon.score("بالكتاب")).isEqualTo(1);
    assertThat(lexicon.score("كتب")).isZero();
    assertThat(Lexicon.standard().score("الحكومة")).isPositive();
  }
}
