package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

/** Sentences written for this test. */
class CompoundNamesTest {
  private static long stemOf(String word) {
    return StoryTerms.hash(StoryTerms.stem(ArabicNormalizer.searchKey(word)));
  }

  @Test
  void aSplitNameMeetsItsJoinedSpelling() {
    TermVector split = CompoundNames.of("الفنانة غادة عبد الرازق تعود", List.of("وقال أبو ظبي إن وعبد العزيز حضر"));

    assertThat(split.weightOf(stemOf("عبدالرازق"))).isEqualTo(CompoundNames.TITLE_WEIGHT);
    assertThat(split.weightOf(stemOf("ابوظبي"))).isEqualTo(1f);
    assertThat(split.weightOf(stemOf("عبدالعزيز"))).isEqualTo(1f);
    assertThat(split.size()).isEqualTo(3);
  }

  @Test
  void onlyNamesAreJoined() {
    assertThat(CompoundNames.of("عبد ربه", List.of("أبى أن يحضر", "عبد")).isEmpty()).isTrue();
    assertThat(CompoundNames.of("", List.of()).isEmpty()).isTrue();
  }

  @Test
  void twoSpellingsOfOneNameScoreHigherWithTheJoinedTerms() {
    String title1 = "غادة عبد الرازق تنتقم في الحلقة الأخيرة";
    String title2 = "غادة عبدالرازق تنتقم في الحلقة الأخيرة";
    List<String> body = List.of("عرضت القناة الحلقة الأخيرة من المسلسل.");
    DocumentFrequencies df = new DocumentFrequencies();
    df.add(StoryTerms.of(title1, body));
    df.add(StoryTerms.of(title2, body));
    df.add(StoryTerms.of("الحلقة الأولى من برنامج المسابقات", body));
    RelatedInput plain1 = new RelatedInput(StoryTerms.of(title1, body), Set.of(), null, null);
    RelatedInput plain2 = new RelatedInput(StoryTerms.of(title2, body), Set.of(), null, null);
    RelatedInput named1 = new RelatedInput(plain1.terms(), TermVector.EMPTY, CompoundNames.of(title1, body), Set.of(), null, null);
    RelatedInput named2 = new RelatedInput(plain2.terms(), TermVector.EMPTY, CompoundNames.of(title2, body), Set.of(), null, null);

    assertThat(Relatedness.score(named1, named2, df)).isGreaterThan(Relatedness.score(plain1, plain2, df));
  }
}
