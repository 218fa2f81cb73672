package org.marsad.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.stories.Releases;

/** Facts read from texts written for these tests ({@link Releases}), and how two texts' facts meet. */
class ArticleFactsTest {
  @Test
  void numbersDatesPlacesAndNamesAreReadWithTheWordsAroundThem() {
    List<String> lines = ArticleFacts.describe(List.of(
        "الرياض 25 شوال 1436 هـ الموافق 10 آب 2015 م واس",
        "وصل فخامة الرئيس منصف بن سالم رئيس الجمهورية التونسية إلى جدة، وزار حي الروضة."));
    assertThat(lines).contains(
        "PLACE <^=الرياض",
        "NUMBER <^=25",
        "CALENDAR >موافق=h10",
        "NUMBER <موافق=10",
        "CALENDAR <موافق=m8",
        "NAME <رييس=منصف",
        "NAME <رييس=سالم",
        "PLACE <جمهور=تونس",
        "NAME <حي=الروضه");
  }

  @Test
  void monthsOfBothNamingSystemsAreOneMonth() {
    Facts august = ArticleFacts.of(List.of("وصل الوفد في 10 أغسطس إلى العاصمة"));
    Facts aab = ArticleFacts.of(List.of("وصل الوفد في 10 آب إلى العاصمة"));
    assertThat(august).isEqualTo(aab);
  }

  @Test
  void adjectivesOfPlacesNameThePlace() {
    assertThat(ArticleFacts.describe(List.of("الجمهورية اللبنانية"))).containsExactly("PLACE <جمهور=لبنان", "PLACE >$=لبنان");
    assertThat(ArticleFacts.describe(List.of("مواطن سعودي"))).containsExactly("PLACE <مواطن=السعوديه", "PLACE >$=السعوديه");
  }

  @Test
  void cablesToDifferentCountriesConflictSlotBySlot() {
    Facts tunisia = ArticleFacts.of(Releases.cableToTunisia());
    Facts lebanon = ArticleFacts.of(Releases.cableToLebanon());
    Facts.Match m = tunisia.compare(lebanon);
    assertThat(m.conflicts()).isGreaterThanOrEqualTo(4);
    assertThat(tunisia.compare(tunisia)).isEqualTo(new Facts.Match(tunisia.compare(tunisia).agreements(), 0));
  }

  @Test
  void aCondensedReprintWithItsOwnDatelineConflictsWithNothing() {
    Facts release = ArticleFacts.of(Releases.release());
    Facts condensed = ArticleFacts.of(Releases.condensedReprint());
    Facts.Match m = release.compare(condensed);
    assertThat(m.conflicts()).isZero();
    assertThat(m.agreements()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void weatherBulletinsOfTwoDaysConflictInManySlotsTheyShare() {
    Facts.Match m = ArticleFacts.of(Releases.weatherMonday()).compare(ArticleFacts.of(Releases.weatherTuesday()));
    assertThat(m.conflicts() * 3).isGreaterThan(m.conflicts() + m.agreements());
  }

  @Test
  void factsSurviveTheirEncoding() throws Exception {
    Facts facts = ArticleFacts.of(Releases.release());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    facts.writeTo(new java.io.DataOutputStream(bytes));
    Facts read = Facts.readFrom(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read).isEqualTo(facts);
    assertThat(read.size()).isEqualTo(facts.size()).isPositive();
  }
}
