package org.marsad.arabic.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void nameKeySeparatesProcliticsFromKnownPlacesOnly() {
    assertThat(NameKeys.key("لباكستان")).isEqualTo(NameKeys.key("باكستان"));
    assertThat(NameKeys.key("وبغداد")).isEqualTo(NameKeys.key("بغداد"));
    assertThat(NameKeys.key("للبنان")).isEqualTo(NameKeys.key("لبنان"));
    assertThat(NameKeys.key("لبنان")).isEqualTo("لبنان");
    assertThat(NameKeys.key("وليد")).isEqualTo("وليد");
  }

  @Test
  void nameKeyJoinsCompoundNameSpellings() {
    String key = NameKeys.key("عبد اللهيان");
    assertThat(key).isEqualTo("عبداللهيان");
    assertThat(NameKeys.key("عبداللهيان")).isEqualTo(key);
    assertThat(NameKeys.key("عبد الله يان")).isEqualTo(key);
    assertThat(NameKeys.key("وعبد اللهيان")).isEqualTo(key);
    assertThat(NameKeys.key("عَبْدُ اللّهيان")).isEqualTo(key);
    assertThat(NameKeys.key("أبو ظبي")).isEqualTo(NameKeys.key("ابوظبي"));
    assertThat(NameKeys.key("وأبو ظبي")).isEqualTo("ابوظبي");
  }

  @Test
  void nameKeyKeepsNamesThatStartWithAProcliticLetter() {
    assertThat(NameKeys.key("وليد")).isEqualTo("وليد");
    assertThat(NameKeys.key("فيصل")).isEqualTo("فيصل");
    assertThat(NameKeys.key("بشار الأسد")).isEqualTo("بشارالاسد");
    assertThat(NameKeys.key("لبنان")).isEqualTo("لبنان");
    assertThat(NameKeys.key("وال")).isEqualTo("وال");
    assertThat(NameKeys.key("")).isEmpty();
  }

  @Test
  void countryNamesFromTheJdkAndShortFormsAreKnownPlaces() {
    assertThat(Gazetteer.places().contains("باكستان")).isTrue();
    assertThat(Gazetteer.places().contains("السعوديه")).isTrue();
    assertThat(Gazetteer.places().contains("ساحل العاج")).isTrue();
    assertThat(Gazetteer.places().contains("استخبارات")).isFalse();
  }
}
