package org.marsad.stories.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What an add costs, counted rather than timed: how many earlier articles it verifies. Without
 * banding every add would verify every earlier article.
 */
class DuplicateIndexCostTest {
  @Test
  void unrelatedArticlesBringNoCandidates() {
    SplittableRandom random = new SplittableRandom(20150721L);
    DuplicateIndex index = new DuplicateIndex();
    long total = 0;
    int most = 0;
    for (int ordinal = 0; ordinal < 5000; ordinal++) {
      index.add(ordinal, Fingerprint.of(Stories.randomText(random, 30 + random.nextInt(300))), Set.of());
      total += index.lastCandidateCount();
      most = Math.max(most, index.lastCandidateCount());
    }
    // Only a 32-bit bucket key colliding by chance can make a candidate here.
    assertThat(most).isLessThanOrEqualTo(2);
    assertThat(total).isLessThanOrEqualTo(10);

    DuplicateDecision copy = index.add(5000, Fingerprint.of(Stories.wire()), Set.of());
    assertThat(copy.kind()).isEqualTo(DuplicateKind.NONE);
    assertThat(index.add(5001, Fingerprint.of(Stories.cut()), Set.of()).match()).isEqualTo(5000);
    assertThat(index.lastCandidateCount()).isEqualTo(1);
  }

  @Test
  void aCommonTemplateCostsAtMostTheScanCap() {
    DedupConfig config = new DedupConfig(8, 20, 0.5, 0.8, 0.33, 0.05, 0.5, 0.8, 0.4, 0.125, 0.35, 42, 3, 4);
    DuplicateIndex index = new DuplicateIndex(config);
    String template = String.join(" ", Stories.WIRE_PARAGRAPHS);
    for (int ordinal = 0; ordinal < 1000; ordinal++) {
      // Every article is the template with one number changed: all share most buckets.
      String body = template.replace("300", Integer.toString(1000 + ordinal));
      DuplicateDecision decision = index.add(ordinal, Fingerprint.of(List.of(body)), Set.of());
      assertThat(index.lastCandidateCount()).isLessThanOrEqualTo(config.bands() * config.maxBucketScan());
      if (ordinal > 0) {
        assertThat(decision.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(decision.group()).isZero();
      }
    }
    // Newest first: the cap keeps recent articles, which is where copies are.
    assertThat(index.lastCandidateCount()).isLessThanOrEqualTo(config.maxBucketScan() * 3);
  }

  @Test
  void memoryPerArticleStaysFlat() {
    SplittableRandom random = new SplittableRandom(7L);
    DuplicateIndex index = new DuplicateIndex();
    double perArticleAt2000 = 0;
    for (int ordinal = 0; ordinal < 8000; ordinal++) {
      index.add(ordinal, Fingerprint.of(Stories.randomText(random, 60)), Set.of());
      if (ordinal == 1999) {
        perArticleAt2000 = (double) index.approximateBytes() / index.size();
      }
    }
    double perArticleAt8000 = (double) index.approximateBytes() / index.size();
    assertThat(perArticleAt8000).isBetween(perArticleAt2000 / 2, perArticleAt2000 * 2);
    // Whole signatures (kept so eviction can rebuild the buckets), columns, chains and bucket
    // tables: under 2.5 KB an article, for the window's articles only.
    assertThat(perArticleAt8000).isLessThan(2560);
  }

  @Test
  void evictingKeepsOnlyTheLaterArticlesAndTheirMemory() {
    SplittableRandom random = new SplittableRandom(11L);
    DuplicateIndex index = new DuplicateIndex();
    List<String> first = Stories.randomText(random, 80);
    index.add(0, Fingerprint.of(first), Set.of());
    for (int ordinal = 1; ordinal < 8000; ordinal++) {
      index.add(ordinal, Fingerprint.of(Stories.randomText(random, 60)), Set.of());
    }
    long before = index.approximateBytes();
    index.evictBelow(6000);
    assertThat(index.size()).isEqualTo(2000);
    assertThat(index.approximateBytes()).isLessThan(before / 2);
    // the evicted first article is no longer found: its copy founds a group of its own
    assertThat(index.add(8000, Fingerprint.of(first), Set.of()).kind()).isEqualTo(DuplicateKind.NONE);
    // a kept article still is
    List<String> kept = Stories.randomText(random, 80);
    index.add(8001, Fingerprint.of(kept), Set.of());
    index.evictBelow(7000);
    assertThat(index.add(8002, Fingerprint.of(kept), Set.of()).group()).isEqualTo(8001);
  }
}
