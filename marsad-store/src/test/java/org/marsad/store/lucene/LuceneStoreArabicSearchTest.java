package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Highlight;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchRequest;

/** Spelling-variant search; depends on the real analyzer and normalizer, not the stubs. */
class LuceneStoreArabicSearchTest {
  @TempDir Path dir;
  private LuceneStore store;

  @BeforeEach
  void fill() throws IOException {
    store = LuceneStore.open(dir);
    store.upsert(article("iran", "تصريحات وزير الخارجية الإيراني", "قال حسين أمير عبد اللهيان إن المحادثات مستمرة.", "الجزيرة", null));
    store.upsert(article("un", "بيان", "دعت الأمم المتحدة إلى وقف إطلاق النار.", "رويترز", null));
    store.upsert(article("envoy", "المبعوث مصطفى", "وصل المبعوث إلى العاصمة.", null, null));
    store.upsert(article("deal", "اتفاق", "قالَ الوزير إنّ الاتفاقُ قريب.", null, null));
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  private List<String> ids(String query) throws IOException {
    return store.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void compoundNamesMatchJoinedAndSpacedSpellings() throws IOException {
    assertThat(ids("عبداللهيان")).containsExactly("iran");
    assertThat(ids("امير عبد اللهيان")).containsExactly("iran");
    assertThat(ids("حسين أمير عبداللهيان")).containsExactly("iran");
  }

  @Test
  void hamzaTaMarbutaAndAlefMaqsuraVariantsMatch() throws IOException {
    assertThat(ids("الامم المتحده")).containsExactly("un");
    assertThat(ids("مصطفي")).containsExactly("envoy");
    assertThat(ids("الايراني")).containsExactly("iran");
  }

  @Test
  void highlightKeepsDiacriticsAndCoversTheWholeWord() throws IOException {
    SearchHit hit = store.search(SearchRequest.of("الاتفاق")).hits().get(0);
    Highlight body = hit.highlights().stream().filter(h -> h.field().equals("body")).findFirst().orElseThrow();
    assertThat(body.text()).isEqualTo("قالَ الوزير إنّ الاتفاقُ قريب.");
    assertThat(body.matches()).extracting(s -> s.of(body.text())).containsExactly("الاتفاقُ");
  }

  @Test
  void compoundNameHighlightCoversTheNameInTheOriginal() throws IOException {
    SearchHit hit = store.search(SearchRequest.of("عبداللهيان")).hits().get(0);
    Highlight body = hit.highlights().stream().filter(h -> h.field().equals("body")).findFirst().orElseThrow();
    assertThat(body.matches()).isNotEmpty();
    assertThat(body.matches()).extracting(s -> s.of(body.text())).allSatisfy(t -> assertThat("عبد اللهيان").contains(t));
    assertThat(String.join(" ", body.matches().stream().map(s -> s.of(body.text())).toList())).contains("اللهيان");
  }

  @Test
  void sourceFilterMatchesSpellingVariants() throws IOException {
    var r = store.search(new SearchRequest("", "الجزيره", null, null, 0, 10));
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("iran");
  }
}
