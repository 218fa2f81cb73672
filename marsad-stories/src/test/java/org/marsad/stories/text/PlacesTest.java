package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  @Test
  void placesAreFoundAsWritten() {
    assertThat(Places.of("السعودية والإمارات تبحثان الوضع في سوريا", List.of()))
        .containsExactly("الامارات", "السعوديه", "سوريا");
  }

  @Test
  void conjunctionsAndPrepositionsAreStripped() {
    assertThat(Places.of("", List.of("وصل الوفد بالرياض قادما من والسعودية، ثم توجه لسوريا وفي الطريق بمصر")))
        .containsExactly("الرياض", "السعوديه", "سوريا", "مصر");
  }

  @Test
  void lilIsLamBeforeTheArticle() {
    assertThat(Places.of("", List.of("زيارة للعراق ورسالة للبنان"))).containsExactly("العراق", "لبنان");
  }

  @Test
  void namesThatStartLikeACliticAreNotCut() {
    assertThat(Places.of("لبنان وليبيا", List.of("وليد وبسام في ليبيا"))).containsExactly("لبنان", "ليبيا");
  }

  @Test
  void longerNamesWinOverTheirFirstWord() {
    assertThat(Places.of("", List.of("أعلنت المملكة العربية السعودية وبالولايات المتحدة")))
        .containsExactly("المملكه العربيه السعوديه", "الولايات المتحده");
  }

  @Test
  void textWithoutPlacesGivesNone() {
    assertThat(Places.of("ارتفاع أسعار الذهب", List.of("قال تجار إن الطلب زاد.", ""))).isEmpty();
  }
}
