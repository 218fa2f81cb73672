package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DuplicateIndexPropertiesTest {
  private static final List<Set<String>> WIRES = List.of(Set.of(), Set.of("واس"), Set.of("رويترز"), Set.of("واس", "رويترز"));

  /** One article of a generated stream. */
  record Item(Fingerprint fp, Set<String> wires) {}

  @Property(tries = 200)
  void aTextIsAnExactCopyOfItself(@ForAll long seed, @ForAll @IntRange(min = 11, max = 400) int words) {
    List<String> body = Stories.randomParagraphs(new SplittableRandom(seed), words, 3);
    DuplicateIndex index = new DuplicateIndex();
    index.add(0, Fingerprint.of(body), Set.of());
    assertThat(index.add(1, Fingerprint.of(body), Set.of()))
        .isEqualTo(new DuplicateDecision(0, 0, DuplicateKind.EXACT, 1.0, 1.0));
  }

  @Property(tries = 200)
  void aTextWithOneWordChangedIsANearCopy(@ForAll long seed, @ForAll @IntRange(min = 60, max = 400) int words) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> body = Stories.randomText(random, words);
    String[] split = body.get(0).split(" ");
    // A word after a title or a place noun (حي، سمو: short words) is a fact, and a text with
    // another fact there is a template sibling (SiblingRuleTest); change an ordinary word.
    int changed = 1 + random.nextInt(split.length - 1);
    while (split[changed - 1].length() <= 3) {
      changed = 1 + random.nextInt(split.length - 1);
    }
    split[changed] = "كلمة";
    DuplicateIndex index = new DuplicateIndex();
    index.add(0, Fingerprint.of(body), Set.of());
    DuplicateDecision decision = index.add(1, Fingerprint.of(List.of(String.join(" ", split))), Set.of());
    assertThat(decision.kind()).isIn(DuplicateKind.NEAR, DuplicateKind.EXACT);
    assertThat(decision.group()).isZero();
  }

  @Property(tries = 20)
  void unrelatedTextsAreNeverCopies(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DuplicateIndex index = new DuplicateIndex();
    for (int ordinal = 0; ordinal < 100; ordinal++) {
      List<String> body = Stories.randomText(random, 5 + random.nextInt(300));
      DuplicateDecision decision = index.add(ordinal, Fingerprint.of(body), WIRES.get(ordinal % 4));
      assertThat(decision.kind()).isEqualTo(DuplicateKind.NONE);
    }
  }

  @Property(tries = 20)
  void theSameOrderGivesTheSameDecisions(@ForAll long seed) {
    List<Item> items = stream(seed, 120);
    assertThat(decide(items, new DuplicateIndex(), 0)).isEqualTo(decide(items, new DuplicateIndex(), 0));
  }

  @Property(tries = 20)
  void restoringThenAddingDecidesAsAddingAll(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int split) {
    List<Item> items = stream(seed, 120);
    List<DuplicateDecision> all = decide(items, new DuplicateIndex(), 0);

    // What a store holds after the first split decisions: each article's group, rewritten when a
    // later decision merged it.
    int[] groups = new int[split];
    for (int i = 0; i < split; i++) {
      DuplicateDecision d = all.get(i);
      groups[i] = d.group();
      for (int moved : d.regrouped()) {
        groups[(moved - 1) / 3] = d.group(); // the inverse of ordinal()
      }
    }
    DuplicateIndex rebuilt = new DuplicateIndex();
    for (int i = 0; i < split; i++) {
      rebuilt.restore(ordinal(i), items.get(i).fp(), items.get(i).wires(), groups[i]);
    }
    assertThat(decide(items.subList(split, items.size()), rebuilt, split)).isEqualTo(all.subList(split, all.size()));
  }

  @Property(tries = 20)
  void aGeneratedStreamHasCopiesToFind(@ForAll long seed) {
    List<DuplicateDecision> decisions = decide(stream(seed, 120), new DuplicateIndex(), 0);
    assertThat(decisions).anyMatch(d -> d.kind() == DuplicateKind.NEAR);
    assertThat(decisions).anyMatch(d -> d.kind() == DuplicateKind.NONE);
  }

  /** Ordinals with gaps, to show gaps are fine. */
  private static int ordinal(int index) {
    return 3 * index + 1;
  }

  private static List<DuplicateDecision> decide(List<Item> items, DuplicateIndex index, int offset) {
    List<DuplicateDecision> decisions = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      decisions.add(index.add(ordinal(offset + i), item.fp(), item.wires()));
    }
    return decisions;
  }

  /**
   * A mixed stream: the fixture stories and their copies, random texts, and edited copies of
   * earlier random texts (one paragraph cut, or words changed), with random wire credits.
   */
  private static List<Item> stream(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> bodies = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> body = switch (random.nextInt(6)) {
        case 0 -> List.of(Stories.wire(), Stories.cut(), Stories.edited(), Stories.OTHER_WIRE,
            Stories.INDEPENDENT, Stories.digest()).get(random.nextInt(6));
        case 1, 2 -> Stories.randomParagraphs(random, 20 + random.nextInt(200), 1 + random.nextInt(5));
        default -> bodies.isEmpty() ? List.of() : edit(bodies.get(random.nextInt(bodies.size())), random);
      };
      bodies.add(body);
      items.add(new Item(Fingerprint.of(body), WIRES.get(random.nextInt(WIRES.size()))));
    }
    return items;
  }

  private static List<String> edit(List<String> body, SplittableRandom random) {
    List<String> copy = new ArrayList<>(body);
    if (copy.size() > 1 && random.nextBoolean()) {
      copy.remove(random.nextInt(copy.size()));
    } else if (!copy.isEmpty()) {
      int p = random.nextInt(copy.size());
      copy.set(p, copy.get(p) + " وأضاف المصدر");
    }
    return copy;
  }
}
