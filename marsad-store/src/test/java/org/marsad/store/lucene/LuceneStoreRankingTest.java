package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.SearchRequest;

class LuceneStoreRankingTest {
  private static final List<String> WORDS = List.of(
      "الرئيس", "الحكومة", "وزير", "الخارجية", "مجلس", "الأمن", "العراق", "سوريا", "لبنان", "مصر",
      "اجتماع", "قمة", "اتفاق", "مفاوضات", "الانتخابات", "البرلمان", "الاقتصاد", "النفط", "أسعار", "الدولار",
      "غزة", "الضفة", "هدنة", "قصف", "زيارة", "رسمية", "يبحث", "يعلن", "تطورات", "الأزمة",
      "الجديدة", "العاصمة", "بغداد", "دمشق", "بيروت", "القاهرة", "مع", "في", "حول", "بشأن");

  @TempDir Path dir;

  @Test
  void searchingAnExactTitleRanksThatArticleFirst() throws IOException {
    Random random = new Random(20240301L);
    Set<String> titles = new LinkedHashSet<>();
    while (titles.size() < 400) {
      titles.add(String.join(" ", pick(random, 5 + random.nextInt(4))));
    }
    List<String> ordered = new ArrayList<>(titles);
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < ordered.size(); i++) {
        store.upsert(article("t" + i, ordered.get(i), String.join(" ", pick(random, 40)) + "."));
      }
      for (int target : new int[] {0, 57, 211, 399}) {
        var hits = store.search(SearchRequest.of(ordered.get(target))).hits();
        assertThat(hits).as("title %s", ordered.get(target)).isNotEmpty();
        assertThat(hits.get(0).id()).as("title %s", ordered.get(target)).isEqualTo("t" + target);
      }
    }
  }

  @Test
  void anExactTitleOutranksALongerTitleThatContainsItAndABodyFullOfItsWords() throws IOException {
    String title = "تأسيس 16 شركة مساهمة مقفلة برأسمال 55 مليون ريال";
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("longer", "التجارة : توافق على " + title, (title + " ").repeat(5)));
      store.upsert(article("exact", title, "وافقت الوزارة على طلبات التأسيس بعد استكمال الشروط."));
      // Pasted with quotes and a tatweel, as titles get copied around.
      var hits = store.search(SearchRequest.of("«تأسيس» 16 شركة مساهمة مقفلــة برأسمال 55 مليون ريال")).hits();
      assertThat(hits).extracting(h -> h.id()).containsExactly("exact", "longer");
    }
  }

  private static List<String> pick(Random random, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(WORDS.get(random.nextInt(WORDS.size())));
    }
    return out;
  }
}
