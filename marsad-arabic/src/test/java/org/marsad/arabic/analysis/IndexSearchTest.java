package org.marsad.arabic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** End to end through a real index, which also checks Lucene accepts our offsets. */
class IndexSearchTest {

  private static int hits(List<String> docs, String phrase) throws IOException {
    try (MarsadArabicAnalyzer analyzer = new MarsadArabicAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FieldType type = new FieldType();
      type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      type.setTokenized(true);
      type.setStored(true);
      type.freeze();
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String text : docs) {
          Document doc = new Document();
          doc.add(new Field("body", text, type));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Query query = new QueryBuilder(analyzer).createPhraseQuery("body", phrase);
        return new IndexSearcher(reader).count(query);
      }
    }
  }

  @Test
  void joinedAndSplitNamesFindEachOther() throws IOException {
    List<String> docs = List.of(
        "التقى وزير الخارجية حسين أمير عبد اللهيان نظيره",
        "صرّح عبداللهيان للصحفيين",
        "وصل الوفد إلى أبو ظبي مساءً",
        "افتتح معرض في ابوظبي",
        "أغلقت أبواب المدرسة");
    assertThat(hits(docs, "عبداللهيان")).isEqualTo(2);
    assertThat(hits(docs, "عبد اللهيان")).isEqualTo(2);
    assertThat(hits(docs, "أمير عبداللهيان")).isEqualTo(1);
    assertThat(hits(docs, "ابوظبي")).isEqualTo(2);
    assertThat(hits(docs, "أبو ظبي")).isEqualTo(2);
    assertThat(hits(docs, "ابواب")).isEqualTo(1);
  }
}
