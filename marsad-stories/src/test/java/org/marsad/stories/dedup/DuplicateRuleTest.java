package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {
  private final DuplicateRule rule = new DuplicateRule(DedupConfig.defaults());

  @Test
  void resemblanceAtTheBarIsNear() {
    assertThat(rule.isNear(100, 100, 0.35, false)).isTrue();
    assertThat(rule.isNear(100, 100, 0.34, false)).isFalse();
  }

  @Test
  void aSharedWireLowersTheBar() {
    assertThat(rule.isNear(100, 100, 0.32, false)).isFalse();
    assertThat(rule.isNear(100, 100, 0.32, true)).isTrue();
    assertThat(rule.isNear(100, 100, 0.29, true)).isFalse();
  }

  @Test
  void aCutCopyIsNearByContainment() {
    // 100 shingles, all inside a text of 300: J = 100/300, below the resemblance bar; containment 1.
    assertThat(rule.isNear(100, 300, 1.0 / 3, false)).isTrue();
    // 60 of 100 inside 300: J = 60/340; containment 0.6, at the bar.
    assertThat(rule.isNear(100, 300, 60.0 / 340, false)).isTrue();
    assertThat(rule.isNear(100, 300, 55.0 / 345, false)).isFalse();
  }

  @Test
  void aSmallPartOfALongTextIsNotACopyOfIt() {
    // Fully contained, but only a fifth of the longer text.
    assertThat(rule.isNear(100, 500, 0.2, false)).isFalse();
    // A quarter is at the length-ratio bar; just under a quarter is not.
    assertThat(rule.isNear(100, 400, 0.25, false)).isTrue();
    assertThat(rule.isNear(100, 401, 100.0 / 401, false)).isFalse();
  }

  @Test
  void shortTextsAreNeverNear() {
    assertThat(rule.isNear(19, 19, 1.0, true)).isFalse();
    assertThat(rule.isNear(20, 20, 1.0, false)).isTrue();
  }

  @Test
  void containmentIsEstimatedFromResemblanceAndSizes() {
    assertThat(Similarity.containment(0.4, 100, 250)).isCloseTo(1.0, within(1e-9));
    assertThat(Similarity.containment(0.5, 100, 100)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(Similarity.containment(0.9, 10, 1000)).isEqualTo(1.0);
    assertThat(Similarity.containment(1.0, 0, 0)).isZero();
  }

  @Test
  void judgeAgreesWithTheFixtures() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    Set<String> none = Set.of();
    assertThat(rule.judge(wire, none, Fingerprint.of(Stories.respelled()), none)).isEqualTo(DuplicateKind.EXACT);
    assertThat(rule.judge(wire, none, Fingerprint.of(Stories.cut()), none)).isEqualTo(DuplicateKind.NEAR);
    assertThat(rule.judge(wire, none, Fingerprint.of(Stories.INDEPENDENT), none)).isEqualTo(DuplicateKind.NONE);
    assertThat(rule.judge(wire, none, Fingerprint.of(Stories.OTHER_WIRE), none)).isEqualTo(DuplicateKind.NONE);
  }

  @Test
  void judgeUsesTheWireBonus() {
    Fingerprint wire = Fingerprint.of(Stories.wire());
    Fingerprint cut = Fingerprint.of(Stories.cut());
    DuplicateRule strict = new DuplicateRule(DedupConfig.defaults()
        .withNearResemblance(cut.resemblance(wire) + 0.04)
        .withMinLengthRatio(1.0) // only resemblance counts
        .withWireBonus(0.05));
    assertThat(strict.judge(wire, Set.of("واس"), cut, Set.of("رويترز"))).isEqualTo(DuplicateKind.NONE);
    assertThat(strict.judge(wire, Set.of("واس"), cut, Set.of("رويترز", "واس"))).isEqualTo(DuplicateKind.NEAR);
  }
}
