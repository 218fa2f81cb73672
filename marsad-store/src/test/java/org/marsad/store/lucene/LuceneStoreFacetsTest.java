package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.at;
import static org.marsad.store.lucene.TestArticles.tagged;
import static org.marsad.store.lucene.TestArticles.utc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.analysis.MarsadArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.store.DateBucket;
import org.marsad.store.DateGrain;
import org.marsad.store.FacetCount;
import org.marsad.store.Facets;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SourceSummary;
import org.marsad.store.UpsertResult;
import org.marsad.store.codec.ArticleJson;

class LuceneStoreFacetsTest {
  @TempDir Path dir;

  private static SearchRequest faceted(String query) {
    return SearchRequest.of(query).withFacets();
  }

  @Test
  void facetsCountEveryMatchNotJustThePage() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "flood in Basra", "Reuters", utc(2024, 3, 1, 8, 0, 0), "weather", "Iraq"));
      store.upsert(tagged("b", "flood in Mosul", "Reuters", utc(2024, 3, 1, 9, 0, 0), "weather"));
      store.upsert(tagged("c", "flood warning", "AFP", utc(2024, 3, 2, 9, 0, 0), "weather"));
      store.upsert(tagged("d", "flood again", "AFP", utc(2024, 3, 4, 9, 0, 0), "Iraq"));
      store.upsert(tagged("e", "flood over", "Ahram", null));
      store.upsert(tagged("f", "drought", "Ahram", utc(2024, 3, 1, 9, 0, 0), "weather"));

      SearchResult r = store.search(new SearchRequest("flood", null, null, null, 2, 2).withFacets());

      assertThat(r.total()).isEqualTo(5);
      assertThat(r.hits()).hasSize(2);
      // Ties by value: AFP before Reuters.
      assertThat(r.facets().sources()).containsExactly(
          new FacetCount("AFP", 2), new FacetCount("Reuters", 2), new FacetCount("Ahram", 1));
      assertThat(r.facets().tags()).containsExactly(new FacetCount("weather", 3), new FacetCount("Iraq", 2));
      assertThat(r.facets().dates()).containsExactly(
          new DateBucket(LocalDate.of(2024, 3, 1), DateGrain.DAY, 2),
          new DateBucket(LocalDate.of(2024, 3, 2), DateGrain.DAY, 1),
          new DateBucket(LocalDate.of(2024, 3, 4), DateGrain.DAY, 1));
    }
  }

  @Test
  void facetsRespectFilters() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "flood", "Reuters", utc(2024, 3, 1, 8, 0, 0), "weather"));
      store.upsert(tagged("b", "flood", "AFP", utc(2024, 3, 5, 8, 0, 0), "weather"));
      store.upsert(tagged("c", "flood", "AFP", utc(2024, 3, 9, 8, 0, 0), "politics"));

      SearchResult r = store.search(new SearchRequest("flood", "afp", LocalDate.of(2024, 3, 2), null, 0, 10).withFacets());

      assertThat(r.total()).isEqualTo(2);
      assertThat(r.facets().sources()).containsExactly(new FacetCount("AFP", 2));
      assertThat(r.facets().tags()).containsExactly(new FacetCount("politics", 1), new FacetCount("weather", 1));
    }
  }

  @Test
  void tagFilterMatchesAnySpellingOfTheTag() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "جلسة", null, null, "الأمم المتحدة", "سوريا"));
      store.upsert(tagged("b", "جلسة", null, null, "سوريا"));
      store.upsert(tagged("c", "اجتماع", null, null, "الامم المتحده"));

      SearchResult tagged = store.search(SearchRequest.of("").withTag("الامم  المتحدة"));
      assertThat(tagged.hits()).extracting(h -> h.id()).containsExactlyInAnyOrder("a", "c");
      assertThat(store.search(SearchRequest.of("جلسة").withTag("سوريا")).total()).isEqualTo(2);
      assertThat(store.search(SearchRequest.of("اجتماع").withTag("سوريا")).total()).isZero();
      // A tag word is not the tag: the filter matches whole tags only.
      assertThat(store.search(SearchRequest.of("").withTag("الأمم")).total()).isZero();
      assertThat(store.search(SearchRequest.of("").withTag(" ")).total()).isEqualTo(3);
    }
  }

  @Test
  void facetValuesShowTheMostCommonSpelling() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "t", "الجزيرة", null, "الأمم المتحدة"));
      store.upsert(tagged("b", "t", "الجزيرة", null, "الامم المتحده"));
      store.upsert(tagged("c", "t", "الجزيره", null, "الامم المتحده"));
      store.upsert(tagged("d", "t", " الجزيرة ", null));
      // Two spellings of one tag on one article count once.
      store.upsert(tagged("e", "t", "Reuters", null, "Gaza", "GAZA"));
      store.upsert(tagged("f", "t", "REUTERS", null, "gaza"));

      Facets f = store.search(faceted("")).facets();

      assertThat(f.sources()).containsExactly(new FacetCount("الجزيرة", 4), new FacetCount("REUTERS", 2));
      assertThat(f.tags()).containsExactly(new FacetCount("الامم المتحده", 3), new FacetCount("Gaza", 2));
    }
  }

  @Test
  void emptyQueryCountsAllArticlesAndLeavesUndatedOutOfTheHistogram() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "t", "b", "Reuters", utc(2024, 1, 1, 23, 0, 0)));
      // 01:00 at +03:00 is 22:00 UTC the day before: buckets are UTC days.
      store.upsert(article("b", "t", "b", "Reuters", at(LocalDateTime.of(2024, 1, 2, 1, 0), ZoneOffset.ofHours(3))));
      store.upsert(article("c", "t", "b", null, utc(2024, 1, 2, 0, 0, 0)));
      store.upsert(article("d", "t", "b"));
      store.commit();
      // A replaced article is counted once, under its new source and date.
      store.upsert(article("c", "t2", "b", "AFP", utc(2024, 1, 3, 0, 0, 0)));

      SearchResult r = store.search(new SearchRequest("  ", null, null, null, 0, 1).withFacets());

      assertThat(r.total()).isEqualTo(4);
      assertThat(r.facets().sources()).containsExactly(new FacetCount("Reuters", 2), new FacetCount("AFP", 1));
      assertThat(r.facets().tags()).isEmpty();
      assertThat(r.facets().dates()).containsExactly(
          new DateBucket(LocalDate.of(2024, 1, 1), DateGrain.DAY, 2),
          new DateBucket(LocalDate.of(2024, 1, 3), DateGrain.DAY, 1));
    }
  }

  @Test
  void longRangesAreBucketedByMonthThenYear() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "month", "b", null, utc(2024, 1, 31, 23, 59, 59)));
      store.upsert(article("b", "month", "b", null, utc(2024, 1, 1, 0, 0, 0)));
      store.upsert(article("c", "month", "b", null, utc(2024, 4, 15, 0, 0, 0)));
      store.upsert(article("d", "year", "b", null, utc(2015, 7, 1, 0, 0, 0)));
      store.upsert(article("e", "year", "b", null, utc(2021, 1, 1, 0, 0, 0)));
      store.upsert(article("f", "year", "b", null, utc(2021, 12, 31, 0, 0, 0)));

      assertThat(store.search(faceted("month")).facets().dates()).containsExactly(
          new DateBucket(LocalDate.of(2024, 1, 1), DateGrain.MONTH, 2),
          new DateBucket(LocalDate.of(2024, 4, 1), DateGrain.MONTH, 1));
      assertThat(store.search(faceted("year")).facets().dates()).containsExactly(
          new DateBucket(LocalDate.of(2015, 1, 1), DateGrain.YEAR, 1),
          new DateBucket(LocalDate.of(2021, 1, 1), DateGrain.YEAR, 2));
      assertThat(store.search(faceted("year")).facets().dates().get(0).end()).isEqualTo(LocalDate.of(2016, 1, 1));
    }
  }

  @Test
  void grainIsTheFinestWithAtMostSixtyBuckets() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    assertThat(FacetCollectorManager.grain(first, first)).isEqualTo(DateGrain.DAY);
    assertThat(FacetCollectorManager.grain(first, first.plusDays(59))).isEqualTo(DateGrain.DAY);
    assertThat(FacetCollectorManager.grain(first, first.plusDays(60))).isEqualTo(DateGrain.MONTH);
    assertThat(FacetCollectorManager.grain(first, LocalDate.of(2028, 12, 31))).isEqualTo(DateGrain.MONTH);
    assertThat(FacetCollectorManager.grain(first, LocalDate.of(2029, 1, 1))).isEqualTo(DateGrain.YEAR);
  }

  @Test
  void facetLimitKeepsTheMostCommonValues() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "t", "S1", null, "x", "y", "z"));
      store.upsert(tagged("b", "t", "S2", null, "y", "z"));
      store.upsert(tagged("c", "t", "S2", null, "z"));

      Facets f = store.search(SearchRequest.of("").withFacets(2)).facets();

      assertThat(f.tags()).containsExactly(new FacetCount("z", 3), new FacetCount("y", 2));
      assertThat(f.sources()).containsExactly(new FacetCount("S2", 2), new FacetCount("S1", 1));
    }
  }

  @Test
  void facetsOffGiveEmptyFacets() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(tagged("a", "flood", "Reuters", utc(2024, 3, 1, 8, 0, 0), "weather"));

      SearchResult r = store.search(SearchRequest.of("flood"));

      assertThat(r.total()).isEqualTo(1);
      assertThat(r.facets()).isEqualTo(Facets.empty());
      assertThat(r.facets().isEmpty()).isTrue();
      assertThat(store.search(faceted("nothing matches")).facets().isEmpty()).isTrue();
    }
  }

  @Test
  void requestsKeepTheOldConstructorAndCheckTheFacetLimit() {
    SearchRequest r = new SearchRequest("q", "s", null, null, 0, 10);
    assertThat(r.tag()).isNull();
    assertThat(r.facetLimit()).isZero();
    assertThat(r.wantsFacets()).isFalse();
    assertThat(r.withFacets().facetLimit()).isEqualTo(SearchRequest.DEFAULT_FACET_LIMIT);
    assertThat(r.withTag("t").withFacets(5)).isEqualTo(new SearchRequest("q", "s", null, null, "t", 0, 10, 5));
    assertThatThrownBy(() -> r.withFacets(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facetLimit");
    assertThatThrownBy(() -> r.withFacets(1001)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facetLimit");
  }

  @Test
  void sourcesListsEverySourceWithItsRange() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("a", "t", "b", "الجزيرة", utc(2024, 1, 5, 0, 0, 0)));
      store.upsert(article("b", "t", "b", "الجزيره", utc(2023, 12, 31, 22, 0, 0)));
      store.upsert(article("c", "t", "b", "الجزيرة", null));
      store.upsert(article("d", "t", "b", "Reuters", null));
      store.upsert(article("e", "t", "b", "AFP", utc(2024, 2, 1, 0, 0, 0)));
      store.upsert(article("f", "t", "b"));

      assertThat(store.sources(10)).containsExactly(
          new SourceSummary("الجزيرة", 3, Instant.parse("2023-12-31T22:00:00Z"), Instant.parse("2024-01-05T00:00:00Z")),
          new SourceSummary("AFP", 1, Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")),
          new SourceSummary("Reuters", 1, null, null));
      assertThat(store.sources(1)).extracting(SourceSummary::source).containsExactly("الجزيرة");
      assertThatThrownBy(() -> store.sources(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** A store written before facets: its documents lack the facet fields and hash the JSON alone. */
  @Test
  void reingestingAStoreFromBeforeFacetsAddsThem() throws IOException {
    Article old = tagged("a", "flood", "Reuters", utc(2024, 3, 1, 8, 0, 0), "weather");
    String json = ArticleJson.toJson(old);
    Document doc = ArticleDocuments.toDocument(old, json, "unused", null);
    for (String field : new String[] {
        ArticleDocuments.SOURCE_PAIR, ArticleDocuments.TAG_KEY, ArticleDocuments.TAG_PAIR, ArticleDocuments.HASH}) {
      doc.removeFields(field);
    }
    doc.add(new StoredField(ArticleDocuments.HASH, sha256(json)));
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig(new MarsadArabicAnalyzer()))) {
      writer.addDocument(doc);
      writer.commit();
    }

    try (LuceneStore store = LuceneStore.open(dir)) {
      // Old documents work, without facets or the tag filter.
      SearchResult before = store.search(faceted("flood"));
      assertThat(before.total()).isEqualTo(1);
      assertThat(before.facets().sources()).isEmpty();
      assertThat(before.facets().dates()).hasSize(1);
      assertThat(store.search(SearchRequest.of("").withTag("weather")).total()).isZero();

      assertThat(store.upsert(old)).isEqualTo(UpsertResult.UPDATED);
      assertThat(store.upsert(old)).isEqualTo(UpsertResult.UNCHANGED);

      SearchResult after = store.search(faceted("flood"));
      assertThat(after.total()).isEqualTo(1);
      assertThat(after.facets().sources()).containsExactly(new FacetCount("Reuters", 1));
      assertThat(after.facets().tags()).containsExactly(new FacetCount("weather", 1));
      assertThat(store.search(SearchRequest.of("").withTag("weather")).total()).isEqualTo(1);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
