package org.marsad.eval.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.marsad.model.Article;

/**
 * One side of the variants eval: a folder index of title and body under one analyzer, and the
 * query construction both sides share (terms as SHOULD clauses over title^2 and body).
 */
final class VariantIndex implements AutoCloseable {
  private static final float TITLE_BOOST = 2f;
  private static final Set<String> STORED = Set.of("id", "key");

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final QueryBuilder queries;
  private @Nullable DirectoryReader reader;
  private @Nullable IndexSearcher searcher;

  VariantIndex(Path dir, Analyzer analyzer) throws IOException {
    this.directory = FSDirectory.open(Files.createDirectories(dir));
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
    this.queries = new QueryBuilder(analyzer);
  }

  void add(Article a, String titleKey) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new StoredField("key", titleKey));
    d.add(new TextField("title", a.title(), Field.Store.NO));
    d.add(new TextField("body", a.text(), Field.Store.NO));
    writer.addDocument(d);
  }

  /** Makes everything added searchable. */
  void commit() throws IOException {
    writer.commit();
    if (reader != null) {
      reader.close();
    }
    reader = DirectoryReader.open(writer);
    searcher = new IndexSearcher(reader);
  }

  /** 1-based rank of the first hit within the top 10 that is the article or a same-titled copy; 0 if none. */
  int rankOf(String text, String id, String titleKey) throws IOException {
    IndexSearcher s = searcher;
    Query q = query(text);
    if (s == null || q == null) {
      return 0;
    }
    ScoreDoc[] top = s.search(q, SearchVariantsEval.DEPTH).scoreDocs;
    for (int i = 0; i < top.length; i++) {
      Document d = s.storedFields().document(top[i].doc, STORED);
      if (id.equals(d.get("id")) || titleKey.equals(d.get("key"))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The shared construction: the analyzer's terms, SHOULD, over title (boosted) and body. */
  @Nullable Query query(String text) {
    Query title = queries.createBooleanQuery("title", text, BooleanClause.Occur.SHOULD);
    Query body = queries.createBooleanQuery("body", text, BooleanClause.Occur.SHOULD);
    if (title == null && body == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (title != null) {
      b.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
    }
    if (body != null) {
      b.add(body, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer) {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
