package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
  private static float weightOf(TermVector v, String stem) {
    return v.weightOf(StoryTerms.hash(stem));
  }

  @Test
  void stopWordsAreLeftOutWithOrWithoutAConjunction() {
    assertThat(StoryTerms.of("في على التي", List.of("وفي وعلى والتي ولكن فقد"))).isEqualTo(TermVector.EMPTY);
    assertThat(StoryTerms.stem("وعلي")).isNull();
  }

  @Test
  void cliticsAndEndingsMeetOnOneStem() {
    TermVector v = StoryTerms.of("", List.of("الزلزال وزلزال للزلزال", "المستشفى بالمستشفى المستشفيات"));
    assertThat(v.size()).isEqualTo(2);
    assertThat(weightOf(v, "زلزال")).isEqualTo(3f);
    assertThat(weightOf(v, "مستشف")).isEqualTo(3f);
  }

  @Test
  void wordsAreTakenInSearchForm() {
    TermVector v = StoryTerms.of("", List.of("إيران ايران إيـــران إِيرَان"));
    assertThat(v.size()).isEqualTo(1);
    assertThat(weightOf(v, "ايران")).isEqualTo(4f);
  }

  @Test
  void singleLettersAndNumbersAreLeftOut() {
    assertThat(StoryTerms.of("2020م", List.of("ب 15 و ١٢ 3.5% x"))).isEqualTo(TermVector.EMPTY);
  }

  @Test
  void latinWordsAreKeptLowerCased() {
    TermVector v = StoryTerms.of("COVID", List.of("covid-19"));
    assertThat(weightOf(v, "covid")).isEqualTo(StoryTerms.TITLE_WEIGHT + 1f);
  }

  @Test
  void titleWordsCountMore() {
    TermVector v = StoryTerms.of("زلزال في المغرب", List.of("ضرب زلزال جبال الأطلس."));
    assertThat(weightOf(v, "زلزال")).isEqualTo(StoryTerms.TITLE_WEIGHT + 1f);
    assertThat(weightOf(v, "مغرب")).isEqualTo((float) StoryTerms.TITLE_WEIGHT);
    assertThat(weightOf(v, "جبال")).isEqualTo(1f);
  }

  @Test
  void longBodiesAreCutSoCostIsBounded() {
    String paragraph = "مطر ".repeat(1_000);
    TermVector capped = StoryTerms.of("", List.of(paragraph, paragraph, paragraph, "ثلج"));
    assertThat(weightOf(capped, "مطر")).isEqualTo(ArticleWords.MAX_BODY_CHARS / 4f);
    assertThat(weightOf(capped, "ثلج")).isZero();
  }

  @Test
  void emptyTextGivesTheEmptyVector() {
    assertThat(StoryTerms.of("", List.of())).isEqualTo(TermVector.EMPTY);
    assertThat(StoryTerms.of(" ،. ", List.of("", "\n"))).isEqualTo(TermVector.EMPTY);
  }

  @Test
  void termHashesAreStableAcrossVersions() {
    // Stored vectors and tables hold these hashes: changing the function invalidates them.
    assertThat(StoryTerms.hash("مصر")).isEqualTo(4453858243252890427L);
  }
}
