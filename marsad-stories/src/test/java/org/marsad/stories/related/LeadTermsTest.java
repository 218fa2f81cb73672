package org.marsad.stories.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.normalize.ArabicNormalizer;
import org.marsad.stories.text.StoryTerms;

/** Texts written for this test. */
class LeadTermsTest {
  private static final String FIRST = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة";

  @Test
  void theLeadIsTheOpeningOfTheBodyCutAfterAWholeWord() {
    String filler = "وتحدث الوزير طويلا عن خطط التوسع في الخدمات الصحية بالمحافظات ";
    List<String> body = List.of(FIRST, filler.repeat(20), "فقرة أخيرة لا تبلغها المقدمة عن كرة القدم");

    List<String> lead = LeadTerms.lead(body);

    assertThat(lead).hasSize(2).startsWith(FIRST);
    assertThat(String.join("", lead).length()).isLessThanOrEqualTo(LeadTerms.LEAD_CHARS);
    String cut = lead.get(1);
    assertThat(body.get(1)).startsWith(cut);
    assertThat(Character.isWhitespace(body.get(1).charAt(cut.length()))).isTrue();
    assertThat(LeadTerms.of(body).indexOf(term("القدم"))).isNegative();
    assertThat(LeadTerms.of(body).indexOf(term("مستشفى"))).isNotNegative();
  }

  private static long term(String word) {
    return StoryTerms.hash(StoryTerms.stem(ArabicNormalizer.searchKey(word)));
  }

  @Test
  void aShortBodyIsAllLeadAndAnEmptyOneHasNone() {
    assertThat(LeadTerms.lead(List.of(FIRST))).containsExactly(FIRST);
    assertThat(LeadTerms.of(List.of())).isEqualTo(StoryTerms.of("", List.of()));
    assertThat(LeadTerms.of(List.of()).isEmpty()).isTrue();
  }
}
