package org.marsad.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.analysis.MarsadArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.Provenance;

class SearchVariantsEvalTest {
  @TempDir Path dir;

  private static final String[] WORDS = {
    "أمير", "منطقة", "الرياض", "يستقبل", "المعلمين", "مستشفى", "الملك", "أمطار", "غزيرة", "على", "جازان",
    "الإسكان", "وزارة", "تطلق", "مبادرات", "جديدة", "للشباب", "السعوديين"
  };

  private Path corpus() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String title = WORDS[i % WORDS.length] + " " + WORDS[(i * 5 + 1) % WORDS.length] + " " + WORDS[(i * 7 + 2) % WORDS.length]
          + " " + WORDS[(i * 11 + 3) % WORDS.length];
      jsonl.append("{\"url\":\"http://news.example/").append(i).append("\",\"title\":\"").append(title)
          .append("\",\"content\":\"").append(title).append(" ").append(WORDS[(i * 3) % WORDS.length]).append(".\"}\n");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void bothAnalyzersGetScoresInRangeAndTheRunIsSeeded() throws IOException {
    Path file = corpus();
    SearchVariantsEval.Result r = new SearchVariantsEval().run(List.of(file), 15, 3, dir.resolve("a"));
    assertThat(r.queries()).isEqualTo(15);
    for (SearchVariantsEval.Score s : List.of(r.marsad(), r.lucene())) {
      assertThat(s.mrr10()).isBetween(0.0, 1.0);
      assertThat(s.recall10()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(s.mrr10());
    }
    assertThat(r.marsad().recall10()).isGreaterThan(0.5);
    assertThat(new SearchVariantsEval().run(List.of(file), 15, 3, dir.resolve("b"))).isEqualTo(r);
    assertThat(r.toJson().toString()).startsWith("{\"task\":\"search-variants\",\"marsad\":{\"mrr10\":");
    assertThat(r.metrics()).containsKeys("marsad.mrr10", "lucene.recall10", "delta.mrr10");
  }

  @Test
  void theSampleIsCappedByTheCorpus() throws IOException {
    SearchVariantsEval.Result r = new SearchVariantsEval().run(List.of(corpus()), 500, 1, dir.resolve("c"));
    assertThat(r.queries()).isEqualTo(40);
  }

  @Test
  void bothFindADroppedHamzaButOnlyMarsadALonePreposition() throws IOException {
    try (Analyzer m = new MarsadArabicAnalyzer();
        Analyzer l = new ArabicAnalyzer();
        VariantIndex marsad = index(m, "m");
        VariantIndex lucene = index(l, "l")) {
      String key = SearchVariantsEval.titleKey("أمطار غزيرة على جازان");
      assertThat(marsad.rankOf("امطار", "1", key)).isEqualTo(1);
      assertThat(lucene.rankOf("امطار", "1", key)).isEqualTo(1);
      assertThat(marsad.rankOf("بجازان", "1", key)).isEqualTo(1);
      assertThat(lucene.rankOf("بجازان", "1", key)).isZero();
    }
  }

  @Test
  void aSameTitledCopyCountsAsAHit() throws IOException {
    try (Analyzer m = new MarsadArabicAnalyzer();
        VariantIndex marsad = index(m, "copy")) {
      assertThat(marsad.rankOf("وزارة الإسكان", "not-indexed", SearchVariantsEval.titleKey("وزاره الاسكان!"))).isEqualTo(1);
      assertThat(marsad.rankOf("وزارة الإسكان", "not-indexed", "something else")).isZero();
    }
  }

  private VariantIndex index(Analyzer analyzer, String name) throws IOException {
    VariantIndex index = new VariantIndex(dir.resolve(name), analyzer);
    index.add(article("1", "أمطار غزيرة على جازان"), SearchVariantsEval.titleKey("أمطار غزيرة على جازان"));
    index.add(article("2", "وزارة الإسكان"), SearchVariantsEval.titleKey("وزارة الإسكان"));
    index.add(article("3", "أمير الرياض يستقبل المعلمين"), SearchVariantsEval.titleKey("أمير الرياض يستقبل المعلمين"));
    index.commit();
    return index;
  }

  private static Article article(String id, String title) {
    return new Article(id, null, title, List.of(title), null, null, List.of(), List.of(), List.of(), provenance());
  }

  private static Provenance provenance() {
    return Provenance.of("test", "records");
  }
}
