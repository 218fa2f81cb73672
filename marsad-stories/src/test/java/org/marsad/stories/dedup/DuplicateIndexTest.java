package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateIndexTest {
  private static final Set<String> SPA = Set.of("واس");

  private final DuplicateIndex index = new DuplicateIndex();

  @Test
  void theFirstArticleFoundsItsGroup() {
    DuplicateDecision first = index.add(10, Fingerprint.of(Stories.wire()), SPA);
    assertThat(first).isEqualTo(new DuplicateDecision(10, -1, DuplicateKind.NONE, 0.0, 0.0));
  }

  @Test
  void aRespelledCopyIsAnExactCopy() {
    index.add(10, Fingerprint.of(Stories.wire()), SPA);
    DuplicateDecision copy = index.add(11, Fingerprint.of(Stories.respelled()), Set.of());
    assertThat(copy).isEqualTo(new DuplicateDecision(10, 10, DuplicateKind.EXACT, 1.0, 1.0));
  }

  static Stream<Arguments> copies() {
    return Stream.of(
        Arguments.of("a paragraph cut", (Supplier<List<String>>) Stories::cut),
        Arguments.of("a paragraph added", (Supplier<List<String>>) Stories::extended),
        Arguments.of("another dateline and a footer", (Supplier<List<String>>) Stories::reframed),
        Arguments.of("light word edits", (Supplier<List<String>>) Stories::edited));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  void aReworkedCopyIsANearCopyInTheFirstArticlesGroup(String how, Supplier<List<String>> copy) {
    index.add(10, Fingerprint.of(Stories.wire()), SPA);
    index.add(11, Fingerprint.of(Stories.OTHER_WIRE), SPA);
    DuplicateDecision decision = index.add(20, Fingerprint.of(copy.get()), Set.of());
    assertThat(decision.kind()).as(how).isEqualTo(DuplicateKind.NEAR);
    assertThat(decision.group()).isEqualTo(10);
    assertThat(decision.match()).isEqualTo(10);
    assertThat(decision.containment()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void copiesOfCopiesStayInTheFoundersGroup() {
    index.add(10, Fingerprint.of(Stories.extended()), SPA);
    assertThat(index.add(20, Fingerprint.of(Stories.wire()), SPA).group()).isEqualTo(10);
    assertThat(index.add(30, Fingerprint.of(Stories.cut()), Set.of()).group()).isEqualTo(10);
    DuplicateDecision edited = index.add(40, Fingerprint.of(Stories.edited()), Set.of());
    assertThat(edited.group()).isEqualTo(10);
    assertThat(edited.kind()).isEqualTo(DuplicateKind.NEAR);
  }

  @Test
  void anIndependentReportOfTheSameEventIsNotACopy() {
    index.add(10, Fingerprint.of(Stories.wire()), SPA);
    DuplicateDecision report = index.add(20, Fingerprint.of(Stories.INDEPENDENT), SPA);
    assertThat(report).isEqualTo(new DuplicateDecision(20, -1, DuplicateKind.NONE, 0.0, 0.0));
  }

  @Test
  void anotherStoryIsNotACopy() {
    index.add(10, Fingerprint.of(Stories.wire()), SPA);
    assertThat(index.add(20, Fingerprint.of(Stories.OTHER_WIRE), SPA).kind()).isEqualTo(DuplicateKind.NONE);
  }

  @Test
  void aDigestDoesNotPassItsOtherItemIntoTheFirstItemsGroup() {
    // Containment bar lowered a little so that the copy clearly matches the digest: this test is
    // about the founder check, not about the estimate's noise.
    DedupConfig config = DedupConfig.defaults().withNearContainment(0.75);
    DuplicateIndex checked = new DuplicateIndex(config);
    checked.add(10, Fingerprint.of(Stories.cut()), SPA);
    assertThat(checked.add(20, Fingerprint.of(Stories.digest()), SPA).group()).isEqualTo(10);
    DuplicateDecision copy = checked.add(30, Fingerprint.of(Stories.otherCopy()), SPA);
    assertThat(copy.kind()).isEqualTo(DuplicateKind.NONE);

    DuplicateIndex unchecked = new DuplicateIndex(config.withFounderContainment(0.0));
    unchecked.add(10, Fingerprint.of(Stories.cut()), SPA);
    unchecked.add(20, Fingerprint.of(Stories.digest()), SPA);
    DuplicateDecision chained = unchecked.add(30, Fingerprint.of(Stories.otherCopy()), SPA);
    assertThat(chained.kind()).isEqualTo(DuplicateKind.NEAR);
    assertThat(chained.match()).isEqualTo(20);
    assertThat(chained.group()).isEqualTo(10);
  }

  @Test
  void shortBodiesAreOnlyExactCopies() {
    List<String> byline = List.of("الأمير فيصل بن سعود");
    index.add(1, Fingerprint.of(byline), Set.of());
    assertThat(index.add(2, Fingerprint.of(byline), Set.of()).kind()).as("a byline").isEqualTo(DuplicateKind.NONE);

    List<String> brief = List.of("وصل إلى جدة اليوم رئيس وزراء دولة صديقة في زيارة رسمية تستغرق ثلاثة أيام");
    index.add(3, Fingerprint.of(brief), Set.of());
    assertThat(index.add(4, Fingerprint.of(brief), Set.of()).kind()).isEqualTo(DuplicateKind.EXACT);
    List<String> edited = List.of(brief.get(0).replace("اليوم", "أمس"));
    assertThat(index.add(5, Fingerprint.of(edited), Set.of()).kind()).isEqualTo(DuplicateKind.NONE);
  }

  @Test
  void emptyBodiesNeverMatch() {
    index.add(1, Fingerprint.of(List.of()), SPA);
    assertThat(index.add(2, Fingerprint.of(List.of()), SPA).kind()).isEqualTo(DuplicateKind.NONE);
    assertThat(index.add(3, Fingerprint.of(List.of(" ")), SPA).group()).isEqualTo(3);
  }

  @Test
  void theBestMatchHasTheHighestResemblance() {
    int[] base = signature(1);
    index.restore(1, new Fingerprint(101L, changed(base, 26), 100), Set.of(), 1);
    index.restore(2, new Fingerprint(102L, changed(base, 6), 100), Set.of(), 2);
    DuplicateDecision decision = index.add(3, new Fingerprint(103L, base, 100), Set.of());
    assertThat(decision.match()).isEqualTo(2);
    assertThat(decision.resemblance()).isEqualTo(120.0 / 126);
  }

  @Test
  void tiesGoToTheLowestOrdinal() {
    int[] base = signature(2);
    index.restore(5, new Fingerprint(101L, base, 100), Set.of(), 5);
    index.restore(6, new Fingerprint(102L, base, 100), Set.of(), 6);
    DuplicateDecision decision = index.add(7, new Fingerprint(103L, base, 100), Set.of());
    assertThat(decision)
        .extracting(DuplicateDecision::group, DuplicateDecision::match, DuplicateDecision::kind)
        .containsExactly(5, 5, DuplicateKind.NEAR);
  }

  @Test
  void anArticleThatIsTheTextOfTwoGroupsMergesThemIntoTheOlder() {
    int[] text = signature(3);
    // Two versions of one text that share too little to be copies of each other: each changed
    // the other half of it.
    Fingerprint first = new Fingerprint(101L, changed(text, 0, 60), 100);
    Fingerprint second = new Fingerprint(102L, changed(text, 60, 120), 100);
    assertThat(index.add(1, first, Set.of()).kind()).isEqualTo(DuplicateKind.NONE);
    assertThat(index.add(2, second, Set.of()).kind()).isEqualTo(DuplicateKind.NONE);
    index.add(3, new Fingerprint(103L, changed(second, 120, 126), 100), Set.of());

    DuplicateDecision whole = index.add(4, new Fingerprint(104L, text, 100), Set.of());

    assertThat(whole.kind()).isEqualTo(DuplicateKind.NEAR);
    assertThat(whole.group()).isEqualTo(1);
    assertThat(whole.regrouped()).containsExactly(2, 3);
    DuplicateDecision later = index.add(5, new Fingerprint(105L, changed(text, 0, 3), 100), Set.of());
    assertThat(later.group()).as("a later copy of the text").isEqualTo(1);
    assertThat(later.regrouped()).as("nothing left to merge").isEmpty();
  }

  @Test
  void aDigestOfTwoTextsMergesNothing() {
    int[] itemA = signature(4);
    int[] itemB = signature(5);
    index.add(1, new Fingerprint(101L, itemA, 100), Set.of());
    index.add(2, new Fingerprint(102L, itemB, 100), Set.of());
    // Three times as long as each item and holding both, so it resembles neither as one text does.
    int[] digest = signature(6);
    System.arraycopy(itemA, 0, digest, 0, 40);
    System.arraycopy(itemB, 40, digest, 40, 40);
    DuplicateDecision d = index.add(3, new Fingerprint(103L, digest, 300), Set.of());
    assertThat(d.kind()).isEqualTo(DuplicateKind.NEAR);
    assertThat(d.resemblance()).isLessThan(DedupConfig.defaults().mergeResemblance());
    assertThat(d.regrouped()).isEmpty();
    assertThat(index.add(4, new Fingerprint(104L, changed(itemB, 0, 3), 100), Set.of()).group()).isEqualTo(2);
  }

  @Test
  void aRestoredGroupWithoutItsFounderCanMerge() {
    int[] text = signature(7);
    index.restore(3, new Fingerprint(101L, changed(text, 0, 60), 100), Set.of(), 0);
    index.restore(4, new Fingerprint(102L, changed(text, 60, 120), 100), Set.of(), 4);
    index.restore(6, new Fingerprint(103L, changed(text, 0, 61), 100), Set.of(), 0);

    DuplicateDecision whole = index.add(7, new Fingerprint(104L, text, 100), Set.of());

    assertThat(whole.group()).isEqualTo(0);
    assertThat(whole.regrouped()).containsExactly(4);
    assertThat(index.add(8, new Fingerprint(105L, changed(text, 60, 121), 100), Set.of()).group()).isEqualTo(0);
  }

  @Test
  void aRestoredArticleKeepsItsGroup() {
    index.restore(3, Fingerprint.of(Stories.wire()), SPA, 1);
    assertThat(index.add(4, Fingerprint.of(Stories.cut()), SPA))
        .extracting(DuplicateDecision::group, DuplicateDecision::match)
        .containsExactly(1, 3);
    assertThat(index.add(5, Fingerprint.of(Stories.respelled()), SPA).group()).isEqualTo(1);
  }

  @Test
  void ordinalsMustIncrease() {
    index.add(5, Fingerprint.of(Stories.wire()), SPA);
    assertThatThrownBy(() -> index.add(5, Fingerprint.of(Stories.cut()), SPA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal");
    assertThatThrownBy(() -> index.restore(4, Fingerprint.of(Stories.cut()), SPA, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal");
    assertThatThrownBy(() -> new DuplicateIndex().add(-1, Fingerprint.of(Stories.cut()), SPA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void aRestoredGroupCannotComeAfterItsArticle() {
    assertThatThrownBy(() -> index.restore(4, Fingerprint.of(Stories.cut()), SPA, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group");
  }

  @Test
  void sizeCountsAddsAndRestores() {
    index.restore(1, Fingerprint.of(Stories.wire()), SPA, 1);
    index.add(2, Fingerprint.of(Stories.cut()), SPA);
    index.add(9, Fingerprint.of(List.of()), Set.of());
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.approximateBytes()).isPositive();
  }

  /** A signature of distinct pseudo-random values. */
  private static int[] signature(long seed) {
    int[] signature = new int[Fingerprint.SIGNATURE_LENGTH];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = (int) Hashes.mix64(seed * 1000 + i);
    }
    return signature;
  }

  /** The signature with its first {@code count} slots changed (whole bands broken). */
  private static int[] changed(int[] signature, int count) {
    return changed(signature, 0, count);
  }

  /** The signature with slots {@code [from, to)} changed. */
  private static int[] changed(int[] signature, int from, int to) {
    int[] copy = Arrays.copyOf(signature, signature.length);
    for (int i = from; i < to; i++) {
      copy[i] = ~copy[i];
    }
    return copy;
  }

  private static int[] changed(Fingerprint fp, int from, int to) {
    return changed(fp.signature(), from, to);
  }
}
