package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.stories.Releases;
import org.marsad.stories.text.Facts;

/** The duplicate rule on template siblings and on reprints, with texts written for the tests ({@link Releases}). */
class SiblingRuleTest {
  private final DuplicateRule rule = new DuplicateRule(DedupConfig.defaults());

  private DuplicateKind judge(List<String> earlier, List<String> later) {
    return rule.judge(Fingerprint.of(earlier), Set.of("واس"), Fingerprint.of(later), Set.of("واس"));
  }

  @Test
  void cablesToDifferentCountriesAreSiblingsNotCopies() {
    Fingerprint tunisia = Fingerprint.of(Releases.cableToTunisia());
    Fingerprint lebanon = Fingerprint.of(Releases.cableToLebanon());
    // As alike as copies by their shingles: only the facts tell them apart.
    assertThat(tunisia.resemblance(lebanon)).isGreaterThan(DedupConfig.defaults().nearResemblance());
    assertThat(judge(Releases.cableToTunisia(), Releases.cableToLebanon())).isEqualTo(DuplicateKind.NONE);
    assertThat(judge(Releases.cableToLebanon(), Releases.cableToEgypt())).isEqualTo(DuplicateKind.NONE);
    assertThat(rule.templateSiblings(tunisia, lebanon)).isTrue();
  }

  @Test
  void weatherBulletinsOfTwoDaysAreSiblings() {
    assertThat(judge(Releases.weatherMonday(), Releases.weatherTuesday())).isEqualTo(DuplicateKind.NONE);
    assertThat(rule.templateSiblings(Fingerprint.of(Releases.weatherMonday()), Fingerprint.of(Releases.weatherTuesday()))).isTrue();
  }

  @Test
  void theSameBulletinReprintedIsACopy() {
    List<String> reprint = List.of(Releases.weatherMonday().get(1), Releases.weatherMonday().get(2), Releases.weatherMonday().get(3));
    assertThat(judge(Releases.weatherMonday(), reprint)).isEqualTo(DuplicateKind.NEAR);
  }

  @Test
  void aReprintWithOneFigureCorrectedIsACopy() {
    List<String> corrected = Releases.release().stream().map(p -> p.replace("420 مليون", "430 مليون")).toList();
    assertThat(Fingerprint.of(corrected).facts().compare(Fingerprint.of(Releases.release()).facts()).conflicts()).isPositive();
    assertThat(judge(Releases.release(), corrected)).isEqualTo(DuplicateKind.NEAR);
  }

  @Test
  void condensedAndReorderedReprintsAreCopies() {
    Fingerprint release = Fingerprint.of(Releases.release());
    Fingerprint reordered = Fingerprint.of(Releases.reorderedReprint());
    // Too few 4-word runs survive the reordering for the shingle rule alone.
    assertThat(rule.isNear(release.shingles(), reordered.shingles(), reordered.resemblance(release), true)).isFalse();
    assertThat(judge(Releases.release(), Releases.reorderedReprint())).isEqualTo(DuplicateKind.NEAR);
    assertThat(judge(Releases.release(), Releases.condensedReprint())).isEqualTo(DuplicateKind.NEAR);
    assertThat(rule.templateSiblings(release, reordered)).isFalse();
  }

  @Test
  void aShareOfConflictingSlotsMakesSiblings() {
    assertThat(rule.siblings(new Facts.Match(20, 0))).isFalse();
    assertThat(rule.siblings(new Facts.Match(20, 2))).isFalse();
    assertThat(rule.siblings(new Facts.Match(10, 2))).isTrue();
    assertThat(rule.siblings(new Facts.Match(0, 2))).isTrue();
    assertThat(rule.siblings(new Facts.Match(0, 0))).isFalse();
    // One fact changed (it fills two slots) in a text of few facts: another name, another event.
    assertThat(rule.siblings(new Facts.Match(2, 2, 1))).isTrue();
    assertThat(rule.siblings(new Facts.Match(30, 2, 1))).isFalse();
  }

  @Test
  void aVersionOneFingerprintIsJudgedByItsShinglesAlone() {
    Fingerprint release = Fingerprint.of(Releases.release());
    Fingerprint old = new Fingerprint(release.contentKey(), release.signature(), release.shingles());
    assertThat(old.words()).isZero();
    assertThat(old.facts()).isEqualTo(Facts.NONE);
    assertThat(old.wordContainment(release)).isZero();
    assertThat(rule.judge(old, Set.of(), release, Set.of())).isEqualTo(DuplicateKind.EXACT);
  }
}
