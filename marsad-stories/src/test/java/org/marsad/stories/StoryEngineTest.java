package org.marsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Credit;
import org.marsad.model.Provenance;

class StoryEngineTest {
  private static Article article(String id, List<Credit> credits) {
    return new Article(id, null, "عنوان الخبر", List.of("نص قصير كتبناه لهذا الاختبار عن افتتاح مكتبة عامة جديدة في المدينة."),
        null, "مصدر", credits, List.of(), List.of(), Provenance.of("test", "test"));
  }

  @Test
  void hostileWireCreditsAreCutSoTheFingerprintStillEncodesAndRestores() throws Exception {
    List<Credit> credits = new ArrayList<>();
    credits.add(new Credit(Credit.Role.WIRE, "و".repeat(70_000)));
    for (int i = 0; i < 50; i++) {
      credits.add(new Credit(Credit.Role.WIRE, "وكالة " + i));
    }
    ArticleFeatures f = ArticleFeatures.of(article("a", credits));
    assertThat(f.wires()).hasSize(ArticleFeatures.MAX_WIRES).allMatch(w -> w.length() <= ArticleFeatures.MAX_WIRE_CHARS);

    Placed p = new StoryEngine().place(f);
    StoryEngine restored = new StoryEngine();
    restored.restore(new StoredPlacement("a", p.groupId(), 0, p.storyId(), 0, p.sequence(), p.fingerprint()));
    assertThat(restored.placement("a")).isNotNull();
  }

  @Test
  void anArticlePlacedBeforeKeepsItsPlacement() {
    StoryEngine engine = new StoryEngine();
    Placed first = engine.place(ArticleFeatures.of(article("a", List.of())));
    Placed again = engine.place(ArticleFeatures.of(article("a", List.of())));
    assertThat(again).extracting(Placed::groupId, Placed::storyId, Placed::sequence)
        .containsExactly(first.groupId(), first.storyId(), first.sequence());
    assertThat(engine.size()).isEqualTo(1);
    // the engine keeps no fingerprint (the store does): only the first placement carries it
    assertThat(first.hasFingerprint()).isTrue();
    assertThat(again.hasFingerprint()).isFalse();
    assertThat(engine.placement("a").hasFingerprint()).isFalse();
  }

  @Test
  void theStoredFingerprintHoldsTheArticleAsRelatedReadsCompareIt() throws Exception {
    StoryEngine engine = new StoryEngine();
    ArticleFeatures f = ArticleFeatures.of(article("a", List.of()));
    Placed p = engine.place(f);
    org.marsad.stories.related.RelatedInput stored = StoryEngine.storedRelatedInput(p.fingerprint());
    assertThat(stored).isEqualTo(engine.asStored(f.related()));
    assertThat(stored.source()).isEqualTo("مصدر");
    assertThat(stored.time()).as("the article has no date").isNull();
    assertThat(stored.terms().isEmpty()).isFalse();
    // a short article keeps all its terms: it ranks as the article itself does
    assertThat(engine.relatedness(stored, f.related()))
        .isCloseTo(engine.relatedness(f.related(), f.related()), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void anArticleIsLookedUpByItsStrongestStoredKeys() throws Exception {
    StoryEngine engine = new StoryEngine();
    Placed p = engine.place(ArticleFeatures.of(article("a", List.of())));
    List<String> keys = StoryEngine.relatedKeys(p.fingerprint());
    java.util.Map<String, Float> query = engine.relatedQuery(StoryEngine.storedRelatedInput(p.fingerprint()), 3);
    assertThat(keys).isNotEmpty().doesNotHaveDuplicates().allMatch(k -> k.matches("-?[0-9a-z]+"));
    assertThat(query).hasSize(3);
    assertThat(keys).containsAll(query.keySet());
    assertThat(query.values()).allMatch(w -> w > 0);
  }
}
