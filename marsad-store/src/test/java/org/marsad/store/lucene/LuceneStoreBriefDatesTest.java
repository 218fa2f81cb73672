package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.lucene.TestArticles.article;
import static org.marsad.store.lucene.TestArticles.placed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.analysis.MarsadArabicAnalyzer;
import org.marsad.model.Article;
import org.marsad.model.Precision;
import org.marsad.model.Published;
import org.marsad.store.ArticleBrief;
import org.marsad.store.codec.ArticleJson;

/** Briefs carry the publication date as the page gave it: precision and zone, or their absence. */
class LuceneStoreBriefDatesTest {
  @TempDir Path dir;

  private static final Published DAY =
      new Published(LocalDateTime.of(2015, 7, 21, 0, 0), null, "21 يوليو 2015", Precision.DAY);
  private static final Published LOCAL_MINUTE =
      new Published(LocalDateTime.of(2015, 7, 22, 6, 53), null, "2015-07-22 06:53", Precision.MINUTE);
  private static final Published ZONED =
      new Published(LocalDateTime.of(2015, 7, 23, 6, 53, 10), ZoneOffset.ofHours(3), "2015-07-23T06:53:10+03:00", Precision.SECOND);

  @Test
  void membersKeepPrecisionAndZone() throws IOException {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.upsert(article("day", "أ", "نص", null, DAY), placed("g", "s", 1));
      store.upsert(article("local", "ب", "نص", null, LOCAL_MINUTE), placed("g", "s", 2));
      store.upsert(article("zoned", "ج", "نص", null, ZONED), placed("g", "s", 3));
      store.upsert(article("undated", "د", "نص"), placed("g", "s", 4));

      assertThat(store.groupMembers("g", 10)).extracting(ArticleBrief::published).containsExactly(DAY, LOCAL_MINUTE, ZONED, null);
      assertThat(store.storyMembers("s", 10)).extracting(b -> b.published() == null ? null : b.published().iso())
          .containsExactly("2015-07-21", "2015-07-22T06:53", "2015-07-23T06:53:10+03:00", null);
    }
  }

  @Test
  void aDocumentStoredBeforeTheDateFieldsReadsItsDateFromTheJson() throws IOException {
    Article a = article("old", "أ", "نص", null, DAY);
    String json = ArticleJson.toJson(a);
    Document doc = ArticleDocuments.toDocument(a, json, ArticleDocuments.hash(json, placed("g", "s", 1)), placed("g", "s", 1));
    PublishedFields.NAMES.forEach(doc::removeFields);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MarsadArabicAnalyzer()))) {
      w.addDocument(doc);
      w.commit();
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.groupMembers("g", 10)).extracting(ArticleBrief::published).containsExactly(DAY);
    }
  }
}
