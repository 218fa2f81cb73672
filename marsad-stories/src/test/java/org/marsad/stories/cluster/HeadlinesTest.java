package org.marsad.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.stories.text.DocumentFrequencies;
import org.marsad.stories.text.StoryTerms;
import org.marsad.stories.text.TermVector;

class HeadlinesTest {
  private static TermVector headline(String title) {
    return StoryTerms.of(title, List.of());
  }

  @Test
  void theHeadlineSharingMostWithTheOthersIsPicked() {
    List<TermVector> members = List.of(
        headline("زلزال في المغرب"),
        headline("ضحايا زلزال المغرب وفرق الإنقاذ في جبال الأطلس"),
        headline("فرق الإنقاذ تبحث عن ناجين في جبال الأطلس"),
        headline("تضامن عربي واسع مع المغرب"));
    DocumentFrequencies df = new DocumentFrequencies();
    members.forEach(df::add);
    assertThat(Headlines.mostCentral(members, df)).isEqualTo(1);
  }

  @Test
  void tiesGoToTheFirstMember() {
    TermVector same = headline("ارتفاع أسعار النفط");
    DocumentFrequencies df = new DocumentFrequencies();
    assertThat(Headlines.mostCentral(List.of(same, same, same), df)).isZero();
    assertThat(Headlines.mostCentral(List.of(headline("مطر"), headline("ثلج")), df)).isZero();
    assertThat(Headlines.mostCentral(List.of(TermVector.EMPTY, same), df)).isEqualTo(1);
  }

  @Test
  void noMembersIsAProgrammerError() {
    assertThatThrownBy(() -> Headlines.mostCentral(List.of(), new DocumentFrequencies()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("members");
  }
}
